/**
 * MicroProfile Rest Clients of order-service and user-service, each behind a bean that carries its
 * fault tolerance. user-service is called with this service's own token, the platform's {@link
 * io.vitrina.platform.auth.ServiceTokens} (client credentials).
 */
package io.vitrina.support.context.client;
