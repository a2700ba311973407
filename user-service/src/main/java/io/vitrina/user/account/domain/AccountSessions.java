package io.vitrina.user.account.domain;

import java.util.Optional;

/**
 * The port through which account changes end login sessions (a new password, a disabled or erased
 * account), implemented by the auth feature that owns sessions.
 */
public interface AccountSessions {

  /** Ends every session of the user except the one given, if any. */
  void revokeAllExcept(String userId, Optional<String> keptSessionId);
}
