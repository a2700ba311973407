/** JPA storage of accounts, on named queries (and a criteria query for the admin search). */
package io.vitrina.user.account.persistence;
