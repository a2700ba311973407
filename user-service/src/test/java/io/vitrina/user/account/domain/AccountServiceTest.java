package io.vitrina.user.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.testing.MutableClock;
import io.vitrina.user.testing.FakePasswordHasher;
import io.vitrina.user.testing.InMemoryUserRepository;
import io.vitrina.user.testing.RecordingAccountEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountServiceTest {

  private static final String PASSWORD = "Correct-Horse-9-Battery";
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final RecordingAccountEvents events = new RecordingAccountEvents();
  private final List<String> revocations = new ArrayList<>();
  private AccountService accounts;

  @BeforeEach
  void setUp() {
    accounts = new AccountService();
    accounts.users = users;
    accounts.events = events;
    accounts.hasher = new FakePasswordHasher();
    accounts.clock = MutableClock.at("2026-11-29T10:00:00Z");
    accounts.sessions = (userId, kept) -> revocations.add(userId + " except " + kept.orElse("-"));
    accounts.guesses = guesses;
  }

  /** Counts wrong confirmations; locks after three, like the real throttle does after five. */
  private final PasswordGuesses guesses =
      new PasswordGuesses() {
        private int failures;

        @Override
        public void check(String email) {
          if (failures >= 3) {
            throw new IllegalStateException("locked out");
          }
        }

        @Override
        public void failed(String email) {
          failures++;
        }
      };

  @Test
  void shouldLockPasswordConfirmationAfterRepeatedWrongPasswords() {
    User user = accounts.register("guess@example.com", PASSWORD, "Guess");
    for (int i = 0; i < 3; i++) {
      assertThrows(
          PasswordConfirmationFailedException.class,
          () ->
              accounts.changePassword(
                  user.id(), "Wrong-Horse-9-Battery", "Next-Horse-9-Battery", Optional.empty()));
    }
    assertThrows(
        IllegalStateException.class,
        () ->
            accounts.changePassword(user.id(), PASSWORD, "Next-Horse-9-Battery", Optional.empty()));
    assertThrows(IllegalStateException.class, () -> accounts.erase(user.id(), PASSWORD));
  }

  @Test
  void shouldRegisterACustomerAndAnnounceIt() {
    User user = accounts.register("Ana@Example.com", PASSWORD, "Ana");
    assertEquals("ana@example.com", user.email());
    assertEquals(Set.of(Role.CUSTOMER), user.roles());
    assertTrue(user.isActive());
    assertEquals(List.of("user.registered:" + user.id()), events.events);
  }

  @Test
  void shouldRefuseADuplicateEmailWithoutAnnouncingAnything() {
    accounts.register("ana@example.com", PASSWORD, "Ana");
    events.events.clear();
    assertThrows(
        ConflictException.class, () -> accounts.register("ANA@example.com ", PASSWORD, "Ana 2"));
    assertTrue(events.events.isEmpty());
  }

  @Test
  void shouldAnnounceOnlyTheProfileFieldsThatChanged() {
    User user = accounts.register("ana@example.com", PASSWORD, "Ana");
    events.events.clear();
    accounts.updateProfile(user.id(), new ProfileChange("Renamed", null, null, List.of()));
    assertEquals(List.of("user.updated:" + user.id() + ":displayName"), events.events);
  }

  @Test
  void shouldChangeThePasswordAndEndOtherSessionsOnly() {
    User user = accounts.register("ana@example.com", PASSWORD, "Ana");
    assertTrue(
        accounts.changePassword(user.id(), PASSWORD, "Another-Strong-Pass-42", Optional.of("s1")));
    assertEquals(List.of(user.id() + " except s1"), revocations);
    assertEquals("fake:Another-Strong-Pass-42", user.passwordHash());
  }

  @Test
  void shouldRefuseAPasswordChangeWithTheWrongCurrentPassword() {
    User user = accounts.register("ana@example.com", PASSWORD, "Ana");
    assertThrows(
        PasswordConfirmationFailedException.class,
        () ->
            accounts.changePassword(
                user.id(), "Not-my-password-1", "Another-Strong-Pass-42", Optional.empty()));
    assertTrue(revocations.isEmpty());
  }

  @Test
  void shouldRefuseTheEmailAsNewPassword() {
    User user = accounts.register("ana.lopez@example.com", PASSWORD, "Ana");
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class,
            () ->
                accounts.changePassword(
                    user.id(), PASSWORD, "Ana.Lopez@example.com", Optional.empty()));
    assertEquals("newPassword", invalid.violations().get(0).field());
  }

  @Test
  void shouldEraseTheAccountAndAnnounceIt() {
    User user = accounts.register("ana@example.com", PASSWORD, "Ana");
    events.events.clear();
    assertTrue(accounts.erase(user.id(), PASSWORD));
    assertTrue(users.find(user.id()).isEmpty());
    assertEquals(List.of("user.deleted:" + user.id()), events.events);
    assertEquals(List.of(user.id() + " except -"), revocations);
  }

  @Test
  void shouldKeepTheAccountWhenErasureIsNotConfirmed() {
    User user = accounts.register("ana@example.com", PASSWORD, "Ana");
    assertThrows(
        PasswordConfirmationFailedException.class, () -> accounts.erase(user.id(), "wrong-one"));
    assertTrue(users.find(user.id()).isPresent());
  }

  @Test
  void shouldAnswerNothingForAnUnknownAccount() {
    assertFalse(accounts.erase("nobody", PASSWORD));
    assertTrue(
        accounts.updateProfile("nobody", new ProfileChange("X", null, null, List.of())).isEmpty());
  }
}
