package io.vitrina.user.auth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets what has stopped mattering: expired sessions (with their refresh tokens) and failed-login
 * records that neither lock anyone out nor count towards a lockout any more. Keeping them would
 * only keep client addresses and user agents longer than they serve a purpose. Safe to run on every
 * replica at once: each run deletes by condition, so a second run finds nothing.
 */
@ApplicationScoped
public class SessionHousekeeping {

  private static final Logger LOG = Logger.getLogger(SessionHousekeeping.class.getName());

  @Inject SessionRepository sessions;
  @Inject LoginAttemptsRepository attempts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "vitrina.login.lockout", defaultValue = "PT15M")
  Duration lockout;

  /** What one run removed. */
  public record Purged(int sessions, int loginRecords) {}

  @Transactional
  public Purged purge() {
    Instant now = clock.instant();
    Purged purged =
        new Purged(sessions.removeExpired(now), attempts.removeStale(now, now.minus(lockout)));
    if (purged.sessions() + purged.loginRecords() > 0) {
      LOG.info(
          () ->
              "Housekeeping removed "
                  + purged.sessions()
                  + " expired sessions and "
                  + purged.loginRecords()
                  + " stale failed-login records");
    }
    return purged;
  }
}
