package io.vitrina.user.testing;

import io.vitrina.user.account.domain.AccountEvents;
import io.vitrina.user.account.domain.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Remembers the events a use case announced, as "type:subject[:changed fields]". */
public final class RecordingAccountEvents implements AccountEvents {

  public final List<String> events = new ArrayList<>();

  @Override
  public void registered(User user, Instant registeredAt) {
    events.add("user.registered:" + user.id());
  }

  @Override
  public void updated(User user, List<String> changed) {
    events.add("user.updated:" + user.id() + ":" + String.join(",", changed));
  }

  @Override
  public void deleted(String userId, Instant deletedAt) {
    events.add("user.deleted:" + userId);
  }
}
