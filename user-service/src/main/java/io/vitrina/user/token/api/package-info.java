/** {@code GET /api/jwks}: the public keys that verify access tokens, for every Vitrina service. */
package io.vitrina.user.token.api;
