package io.vitrina.user.admin.domain;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.user.account.domain.AccountEvents;
import io.vitrina.user.account.domain.AccountSessions;
import io.vitrina.user.account.domain.AccountStatus;
import io.vitrina.user.account.domain.Role;
import io.vitrina.user.account.domain.User;
import io.vitrina.user.account.domain.UserRepository;
import io.vitrina.user.account.domain.UserSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What an administrator does to accounts. Each change is announced as {@code user.updated}. */
@ApplicationScoped
@Transactional
public class UserAdministration {

  @Inject UserRepository users;
  @Inject AccountEvents events;
  @Inject AccountSessions sessions;
  @Inject Clock clock;

  /** One page of matching users, and how many match in all. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Result search(UserSearch search, int page, int size) {
    return new Result(users.search(search, page, size), users.count(search));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<User> find(String userId) {
    return users.find(userId);
  }

  /**
   * Replaces a user's roles. Sessions stay: the new roles are in the next access token.
   *
   * @throws ConflictException when an administrator would remove their own admin role
   */
  public Optional<User> assignRoles(String actorId, String userId, Set<Role> roles) {
    if (actorId.equals(userId) && !roles.contains(Role.ADMIN)) {
      throw new ConflictException("You cannot remove your own admin role.");
    }
    return users
        .find(userId)
        .map(
            user -> {
              if (user.assignRoles(roles, clock.instant())) {
                events.updated(user, List.of("roles"));
              }
              return user;
            });
  }

  /**
   * Disables an account and ends its sessions; its access tokens run out within their lifetime.
   *
   * @return false when there is no such user
   * @throws ConflictException when an administrator would disable themselves
   */
  public boolean disable(String actorId, String userId) {
    if (actorId.equals(userId)) {
      throw new ConflictException("You cannot disable your own account.");
    }
    return changeStatus(userId, AccountStatus.DISABLED);
  }

  /**
   * @return false when there is no such user
   */
  public boolean enable(String userId) {
    return changeStatus(userId, AccountStatus.ACTIVE);
  }

  private boolean changeStatus(String userId, AccountStatus status) {
    Optional<User> found = users.find(userId);
    found.ifPresent(
        user -> {
          if (user.changeStatus(status, clock.instant())) {
            events.updated(user, List.of("status"));
          }
          if (status == AccountStatus.DISABLED) {
            sessions.revokeAllExcept(userId, Optional.empty());
          }
        });
    return found.isPresent();
  }

  /** A page of users and the total. */
  public record Result(List<User> users, long total) {}
}
