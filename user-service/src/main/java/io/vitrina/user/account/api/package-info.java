/**
 * What the account looks like on the wire, shared by the features that answer with it
 * (registration, profile): the {@link io.vitrina.user.account.api.AccountView} record and its
 * explicit mapping, and {@link io.vitrina.user.account.api.CurrentUser}, who is calling.
 */
package io.vitrina.user.account.api;
