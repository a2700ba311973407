package io.vitrina.user.admin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.testing.MutableClock;
import io.vitrina.user.account.domain.AccountStatus;
import io.vitrina.user.account.domain.Role;
import io.vitrina.user.account.domain.User;
import io.vitrina.user.testing.InMemoryUserRepository;
import io.vitrina.user.testing.RecordingAccountEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAdministrationTest {

  private final MutableClock clock = MutableClock.at("2026-11-29T10:00:00Z");
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final RecordingAccountEvents events = new RecordingAccountEvents();
  private final List<String> revoked = new ArrayList<>();
  private UserAdministration administration;
  private User admin;
  private User customer;

  @BeforeEach
  void setUp() {
    administration = new UserAdministration();
    administration.users = users;
    administration.events = events;
    administration.clock = clock;
    administration.sessions = (userId, kept) -> revoked.add(userId);
    admin = User.register("admin@example.com", "h", "Admin", Set.of(Role.ADMIN), clock.instant());
    customer = User.register("ana@example.com", "h", "Ana", Set.of(Role.CUSTOMER), clock.instant());
    users.add(admin);
    users.add(customer);
  }

  @Test
  void shouldAssignRolesAndAnnounceTheChange() {
    administration.assignRoles(
        admin.id(), customer.id(), Set.of(Role.CUSTOMER, Role.SUPPORT_AGENT));
    assertTrue(customer.hasRole(Role.SUPPORT_AGENT));
    assertEquals(List.of("user.updated:" + customer.id() + ":roles"), events.events);
  }

  @Test
  void shouldNotLetAnAdministratorDemoteThemselves() {
    assertThrows(
        ConflictException.class,
        () -> administration.assignRoles(admin.id(), admin.id(), Set.of(Role.CUSTOMER)));
    assertTrue(admin.hasRole(Role.ADMIN));
  }

  @Test
  void shouldNotLetAnAdministratorDisableThemselves() {
    assertThrows(ConflictException.class, () -> administration.disable(admin.id(), admin.id()));
    assertTrue(admin.isActive());
  }

  @Test
  void shouldDisableAnAccountAndEndItsSessions() {
    assertTrue(administration.disable(admin.id(), customer.id()));
    assertEquals(AccountStatus.DISABLED, customer.status());
    assertEquals(List.of(customer.id()), revoked);
    assertTrue(administration.enable(customer.id()));
    assertTrue(customer.isActive());
  }

  @Test
  void shouldAnswerFalseForAnUnknownUser() {
    assertFalse(administration.disable(admin.id(), "nobody"));
    assertTrue(administration.assignRoles(admin.id(), "nobody", Set.of(Role.CUSTOMER)).isEmpty());
  }
}
