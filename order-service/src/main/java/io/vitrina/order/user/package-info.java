/**
 * The client side of user-service: the caller's own profile (for the default shipping address),
 * behind a fault-tolerant bean. This service's own access token (OAuth 2.0 client credentials) is
 * the platform's {@link io.vitrina.platform.auth.ServiceTokens}.
 */
package io.vitrina.order.user;
