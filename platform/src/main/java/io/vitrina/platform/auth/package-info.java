/**
 * This service's own identity at user-service: an access token for the client credentials {@code
 * VITRINA_SERVICE_CLIENT_ID} and {@code VITRINA_SERVICE_CLIENT_SECRET} (OAuth 2.0, see
 * docs/decisions.md 6), cached for its life and renewed in the background shortly before it
 * expires. A service that calls another with no user behind the call injects {@link
 * io.vitrina.platform.auth.ServiceTokens}; one that does not never asks for a token.
 */
package io.vitrina.platform.auth;
