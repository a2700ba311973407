package io.vitrina.user.credential;

/** Hashes and verifies passwords. Implementations are slow on purpose and thread-safe. */
public interface PasswordHasher {

  /** A self-describing hash (algorithm, parameters, salt, key) of a password. */
  String hash(String password);

  /** Whether a password matches a hash this hasher produced. */
  boolean verify(String password, String hash);

  /**
   * Spends the time of one verification and fails: what a login for an unknown email does, so that
   * its timing does not tell it apart from a wrong password.
   */
  void verifyNothing(String password);
}
