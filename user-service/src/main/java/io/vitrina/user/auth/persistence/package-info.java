/** JPA storage of sessions, refresh tokens and failed-login counts, on named queries. */
package io.vitrina.user.auth.persistence;
