/**
 * {@code /api/me}: the caller's own profile, preferences and password, the export of all their data
 * and the erasure of their account. Everything here acts on the token's subject only: there is no
 * user id in these paths to tamper with.
 */
package io.vitrina.user.profile.api;
