/**
 * The keys that sign Vitrina's access tokens, and the tokens themselves.
 *
 * <p>Keys are RSA private keys in PKCS#8 PEM files, one per file, in a directory: a mounted Secret
 * in production, generated at first start for local runs. Every key in the directory is published
 * in the JWKS; the newest by file name signs, unless {@code vitrina.jwt.keys.active} names a kid.
 * Rotation: add the new key file and set {@code vitrina.jwt.keys.active} to the old kid, roll the
 * pods (the new key is now published and verifiers can fetch it), then unset it and roll again (the
 * new key signs); remove the old file once the last token it signed has expired. The kid is the
 * key's RFC 7638 thumbprint, so it never depends on the file name.
 */
package io.vitrina.user.token.domain;
