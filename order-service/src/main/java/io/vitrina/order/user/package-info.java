/**
 * The client side of user-service: the caller's own profile (for the default shipping address) and
 * this service's own access token (OAuth 2.0 client credentials), each behind a fault-tolerant
 * bean.
 */
package io.vitrina.order.user;
