/**
 * {@code /api/auth}: registration, login, refresh and logout, and {@code /api/me/sessions}, the
 * caller's login sessions. Token responses are never cached.
 *
 * <p>Unknown JSON members are ignored (JSON-B's default) rather than refused: a registration that
 * also sends {@code roles}, {@code status} or {@code id} is accepted, and those members have no
 * effect because the request records have no such components and the account's roles, status and id
 * are set by the service alone.
 */
package io.vitrina.user.auth.api;
