/**
 * Passwords: the policy a new password must meet, and hashing with PBKDF2-HMAC-SHA512 through
 * Jakarta Security's {@code Pbkdf2PasswordHash}, behind {@link
 * io.vitrina.user.credential.PasswordHasher} so that domain logic can be tested with a fast fake.
 */
package io.vitrina.user.credential;
