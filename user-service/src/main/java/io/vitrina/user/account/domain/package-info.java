/**
 * The user aggregate: an account with its credentials hash, roles, status, profile, addresses and
 * preferences; the repository interface that stores it; the port through which its changes are
 * announced ({@link io.vitrina.user.account.domain.AccountEvents}); and {@link
 * io.vitrina.user.account.domain.AccountService}, the transactional use cases on one's own account.
 */
package io.vitrina.user.account.domain;
