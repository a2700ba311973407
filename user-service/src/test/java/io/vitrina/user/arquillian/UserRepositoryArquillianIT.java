package io.vitrina.user.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.user.account.domain.AccountService;
import io.vitrina.user.account.domain.Role;
import io.vitrina.user.account.domain.User;
import io.vitrina.user.account.domain.UserRepository;
import io.vitrina.user.account.domain.UserSearch;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JPA repository on the real database: mapping, normalised lookup, search, uniqueness. */
@ExtendWith(ArquillianExtension.class)
class UserRepositoryArquillianIT {

  private static final String PASSWORD = "Correct-Horse-9-Battery";

  @Deployment
  static WebArchive deployment() {
    return Deployments.userService(UserRepositoryArquillianIT.class);
  }

  @Inject AccountService accounts;
  @Inject UserRepository users;
  @Inject UserTransaction transaction;

  @Test
  void shouldFindByNormalisedEmailWithRolesAfterCommit() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String id = accounts.register("  Mixed.Case-" + tag + "@Example.COM ", PASSWORD, "Mixed").id();

    transaction.begin();
    try {
      Optional<User> found = users.findByEmail("mixed.case-" + tag + "@example.com");
      assertTrue(found.isPresent());
      assertEquals(id, found.get().id());
      assertTrue(found.get().hasRole(Role.CUSTOMER));
      assertTrue(!found.get().hasRole(Role.ADMIN));
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void shouldRefuseSecondAccountForSameEmailInAnyCase() {
    String email = "unique-" + UUID.randomUUID() + "@example.com";
    accounts.register(email, PASSWORD, "First");
    assertThrows(
        ConflictException.class, () -> accounts.register(email.toUpperCase(), PASSWORD, "Second"));
  }

  @Test
  void shouldSearchByTextAndRoleAndPage() throws Exception {
    String tag = "srch" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 3; i++) {
      accounts.register(tag + "-" + i + "@example.com", PASSWORD, "Searchable " + i);
    }
    accounts.create(tag + "-agent@example.com", PASSWORD, "Agent", Set.of(Role.SUPPORT_AGENT));

    transaction.begin();
    try {
      UserSearch byText = new UserSearch(Optional.of(tag), Optional.empty(), Optional.empty());
      assertEquals(4, users.count(byText));
      assertEquals(2, users.search(byText, 0, 2).size());
      assertEquals(2, users.search(byText, 1, 2).size());
      assertEquals(0, users.search(byText, 2, 2).size());

      UserSearch agents =
          new UserSearch(Optional.of(tag), Optional.of(Role.SUPPORT_AGENT), Optional.empty());
      assertEquals(1, users.count(agents));
      assertEquals(tag + "-agent@example.com", users.search(agents, 0, 10).get(0).email());
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void shouldTreatLikeWildcardsInSearchAsPlainText() throws Exception {
    transaction.begin();
    try {
      UserSearch wildcard = new UserSearch(Optional.of("%"), Optional.empty(), Optional.empty());
      UserSearch underscore = new UserSearch(Optional.of("_"), Optional.empty(), Optional.empty());
      assertEquals(0, users.count(wildcard));
      assertEquals(0, users.count(underscore));
    } finally {
      transaction.rollback();
    }
  }
}
