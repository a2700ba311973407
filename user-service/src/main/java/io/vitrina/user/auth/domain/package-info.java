/**
 * Login and its sessions. A session is a refresh-token family: login opens one, each refresh
 * rotates its token (the used one is kept, hashed, to recognise a replay), and presenting a token
 * that was already used ends the whole family, since one of its two holders is a thief. Failed
 * logins are counted per normalised email hash, whether or not the account exists, and lock that
 * email out for a while after too many.
 */
package io.vitrina.user.auth.domain;
