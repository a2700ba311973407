package io.vitrina.user.auth.domain;

import io.vitrina.user.account.domain.PasswordGuesses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Password confirmations counted by the same throttle as logins, per email. */
@ApplicationScoped
public class ThrottledPasswordGuesses implements PasswordGuesses {

  @Inject LoginThrottle throttle;

  @Override
  public void check(String email) {
    throttle.check(email);
  }

  @Override
  public void failed(String email) {
    throttle.recordFailure(email);
  }
}
