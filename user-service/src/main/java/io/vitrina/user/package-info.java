/**
 * user-service: accounts, credentials, roles, login sessions, profiles, preferences and the keys
 * that sign every Vitrina access token.
 *
 * <p>One package per feature, each with {@code api} (JAX-RS resources and their DTO records),
 * {@code domain} (entities, services, repository interfaces, ports), {@code persistence} (JPA
 * repositories on named queries) and {@code messaging} (event adapters) where the feature has them:
 * {@code account} (the user aggregate and its events), {@code auth} (registration, login, refresh
 * tokens, sessions, throttling), {@code token} (signing keys, JWTs, JWKS), {@code profile} (the
 * caller's own data), {@code admin} (user administration), {@code credential} (password hashing and
 * policy).
 */
package io.vitrina.user;
