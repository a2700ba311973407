package io.vitrina.user.account.domain;

/**
 * The port through which a password confirmation (changing the password, erasing the account)
 * shares the login lockout: a stolen access token must not become a way to guess the password
 * without limit. Implemented by the auth feature that owns the throttle.
 */
public interface PasswordGuesses {

  /** Refuses while the email is locked out (429 with Retry-After). */
  void check(String email);

  /** Counts a wrong password against the email. */
  void failed(String email);
}
