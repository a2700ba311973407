/**
 * Service identities: other Vitrina services obtain short-lived access tokens here with the OAuth
 * 2.0 client-credentials grant (RFC 6749 section 4.4).
 *
 * <p>Clients are files in a directory (a mounted Kubernetes Secret): the file name is the client
 * id, the content its secret. The directory is read at every authentication, so a rotated or added
 * secret takes effect without a restart; only SHA-256 hashes of the secrets are compared, in
 * constant time. The tokens come from the same signer and keys as users' tokens, so every service
 * already trusts them through the JWKS; they carry the client id as {@code sub} and {@code upn},
 * the single group {@code service}, no user claims and no session, and there is no refresh token: a
 * caller simply asks again. Failed authentications are throttled per client id and address in the
 * same table as failed logins.
 */
package io.vitrina.user.serviceclient.domain;
