package io.vitrina.user.auth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business metrics of authentication, on the application registry: {@code registrations},
 * {@code logins} tagged {@code outcome=ok|failed}, {@code lockouts}, {@code token_refreshes}, and
 * the {@code login} timer. They are looked up (or created) at each use rather than bound by
 * annotations: an annotation-bound metric disappears from under the application when another
 * deployment of the same code (an Arquillian test archive) is removed from the server.
 */
@ApplicationScoped
public class AuthMetrics {

  @Inject MetricRegistry registry;

  public void registered() {
    registry.counter("registrations").inc();
  }

  public void loginSucceeded() {
    registry.counter("logins", new Tag("outcome", "ok")).inc();
  }

  public void loginFailed() {
    registry.counter("logins", new Tag("outcome", "failed")).inc();
  }

  public void lockedOut() {
    registry.counter("lockouts").inc();
  }

  public void loginTook(Duration duration) {
    registry.timer("login").update(duration);
  }

  public void tokenRefreshed() {
    registry.counter("token_refreshes").inc();
  }
}
