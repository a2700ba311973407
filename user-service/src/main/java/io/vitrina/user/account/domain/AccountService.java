package io.vitrina.user.account.domain;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.user.credential.PasswordHasher;
import io.vitrina.user.credential.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The use cases of one's own account: registration, profile, preferences, password, erasure. Each
 * is one transaction, and the events it publishes commit with it.
 */
@ApplicationScoped
@Transactional
public class AccountService {

  @Inject UserRepository users;
  @Inject AccountEvents events;
  @Inject AccountSessions sessions;
  @Inject PasswordGuesses guesses;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  /**
   * A new customer account. Roles and status are ours to set: a registration request cannot carry
   * them.
   *
   * @throws ConflictException when the email is taken
   */
  public User register(String email, String password, String displayName) {
    return create(email, password, displayName, Set.of(Role.CUSTOMER));
  }

  /** An account with given roles, for the bootstrap administrator. */
  public User create(String email, String password, String displayName, Set<Role> roles) {
    String normalized = EmailAddress.normalize(email);
    if (users.findByEmail(normalized).isPresent()) {
      throw new ConflictException("An account with this email already exists.");
    }
    Instant now = clock.instant();
    User user = User.register(normalized, hasher.hash(password), displayName, roles, now);
    users.add(user);
    events.registered(user, now);
    return user;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<User> find(String userId) {
    return users.find(userId);
  }

  public Optional<User> updateProfile(String userId, ProfileChange change) {
    return users
        .find(userId)
        .map(
            user -> {
              List<String> changed =
                  user.updateProfile(
                      change.displayName(),
                      change.fullName(),
                      change.phone(),
                      change.addresses(),
                      clock.instant());
              if (!changed.isEmpty()) {
                events.updated(user, changed);
              }
              return user;
            });
  }

  /** Preferences are this service's own business: no event. */
  public Optional<User> updatePreferences(String userId, Preferences preferences) {
    return users
        .find(userId)
        .map(
            user -> {
              user.changePreferences(preferences, clock.instant());
              return user;
            });
  }

  /**
   * Sets a new password after checking the current one, and ends every other session: whoever may
   * have learnt the old password is logged out, the caller stays logged in.
   *
   * @return false when there is no such user
   * @throws PasswordConfirmationFailedException when the current password is wrong
   */
  @Transactional(dontRollbackOn = PasswordConfirmationFailedException.class)
  public boolean changePassword(
      String userId, String currentPassword, String newPassword, Optional<String> keptSessionId) {
    Optional<User> found = users.find(userId);
    if (found.isEmpty()) {
      return false;
    }
    User user = found.get();
    confirm(user, currentPassword);
    List<String> violations = PasswordPolicy.violations(newPassword, user.email());
    if (!violations.isEmpty()) {
      throw new InvalidInputException(
          violations.stream()
              .map(m -> new io.vitrina.platform.problem.Violation("newPassword", m))
              .toList());
    }
    user.changePasswordHash(hasher.hash(newPassword), clock.instant());
    sessions.revokeAllExcept(userId, keptSessionId);
    return true;
  }

  /**
   * Erases the account: the row, its roles, addresses, preferences and sessions. Nothing personal
   * is kept; other services learn of it from {@code user.deleted} and anonymise their copies.
   *
   * @return false when there is no such user
   * @throws PasswordConfirmationFailedException when the password is wrong
   */
  @Transactional(dontRollbackOn = PasswordConfirmationFailedException.class)
  public boolean erase(String userId, String password) {
    Optional<User> found = users.find(userId);
    if (found.isEmpty()) {
      return false;
    }
    User user = found.get();
    confirm(user, password);
    sessions.revokeAllExcept(userId, Optional.empty());
    users.remove(user);
    events.deleted(userId, clock.instant());
    return true;
  }

  /**
   * Checks the password the caller typed to confirm a sensitive change. A wrong one counts towards
   * the same lockout as a failed login (and that count commits although the call fails).
   */
  private void confirm(User user, String password) {
    guesses.check(user.email());
    if (!hasher.verify(password, user.passwordHash())) {
      guesses.failed(user.email());
      throw new PasswordConfirmationFailedException();
    }
  }
}
