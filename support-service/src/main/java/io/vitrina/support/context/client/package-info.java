/**
 * MicroProfile Rest Clients of order-service and user-service, each behind a bean that carries its
 * fault tolerance, and this service's own token (client credentials) for user-service.
 */
package io.vitrina.support.context.client;
