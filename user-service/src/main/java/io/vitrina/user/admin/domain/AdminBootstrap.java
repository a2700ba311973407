package io.vitrina.user.admin.domain;

import io.vitrina.user.account.domain.AccountService;
import io.vitrina.user.account.domain.EmailAddress;
import io.vitrina.user.account.domain.Role;
import io.vitrina.user.account.domain.UserRepository;
import io.vitrina.user.credential.PasswordPolicy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the administrator named by {@code vitrina.admin.email} and {@code vitrina.admin.password}
 * at start-up when no account has that email, with roles admin and customer, so that a fresh
 * installation can be administered. An existing account is left as it is: changing the configured
 * password later does not reset anything.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject
  @ConfigProperty(name = "vitrina.admin.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "vitrina.admin.password")
  Optional<String> password;

  @Inject UserRepository users;
  @Inject AccountService accounts;

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 100)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    Optional<String> adminEmail = email.map(EmailAddress::normalize).filter(s -> !s.isBlank());
    if (adminEmail.isEmpty()) {
      return;
    }
    String secret =
        password
            .filter(s -> !s.isBlank())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "vitrina.admin.email is set but vitrina.admin.password is not"));
    List<String> weaknesses = PasswordPolicy.violations(secret, adminEmail.get());
    if (!weaknesses.isEmpty()) {
      throw new IllegalStateException("vitrina.admin.password " + String.join("; ", weaknesses));
    }
    if (users.findByEmail(adminEmail.get()).isPresent()) {
      return;
    }
    try {
      accounts.create(adminEmail.get(), secret, "Administrator", Set.of(Role.ADMIN, Role.CUSTOMER));
    } catch (RuntimeException e) {
      // Another replica starting at the same time may have created it first.
      if (users.findByEmail(adminEmail.get()).isPresent()) {
        return;
      }
      throw e;
    }
    LOG.info(() -> "Bootstrap administrator " + adminEmail.get() + " created");
  }
}
