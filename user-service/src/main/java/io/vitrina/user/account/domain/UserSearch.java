package io.vitrina.user.account.domain;

import java.util.Optional;

/**
 * An administrator's search: a text contained in the email or display name, a role, a status; each
 * optional.
 */
public record UserSearch(
    Optional<String> text, Optional<Role> role, Optional<AccountStatus> status) {

  public static UserSearch all() {
    return new UserSearch(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
