/**
 * {@code POST /api/auth/token}: the OAuth 2.0 token endpoint for the client-credentials grant (RFC
 * 6749 section 4.4). A form-encoded {@code grant_type=client_credentials}, the client authenticated
 * with HTTP Basic; the answer is the RFC 6749 section 5.1 JSON, never cached. Errors are problem
 * documents like everywhere else: 401 with {@code WWW-Authenticate: Basic} for a client that did
 * not authenticate, 400 for another grant type.
 */
package io.vitrina.user.serviceclient.api;
