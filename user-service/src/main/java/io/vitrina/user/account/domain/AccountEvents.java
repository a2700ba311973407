package io.vitrina.user.account.domain;

import java.time.Instant;
import java.util.List;

/**
 * The port through which account changes are announced to other services. Called inside the
 * transaction of the change: an implementation publishes if and only if that transaction commits.
 */
public interface AccountEvents {

  void registered(User user, Instant registeredAt);

  /** After any change other services may mirror; {@code changed} names the fields. */
  void updated(User user, List<String> changed);

  void deleted(String userId, Instant deletedAt);
}
