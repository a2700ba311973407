/**
 * User administration (search, roles, enabling and disabling) and the bootstrap administrator
 * created at start-up from configuration. An administrator cannot demote or disable themselves:
 * that is how the last administrator gets locked out.
 */
package io.vitrina.user.admin.domain;
