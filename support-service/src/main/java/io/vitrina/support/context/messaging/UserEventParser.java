package io.vitrina.support.context.messaging;

import io.vitrina.platform.events.EventMessages;
import io.vitrina.support.context.domain.CustomerEvent;
import io.vitrina.support.context.domain.CustomerSnapshot;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Reads user-service's events: {@code user.registered {userId, email, displayName, registeredAt}},
 * {@code user.updated {userId, changed, email, displayName, roles, status}} and {@code user.deleted
 * {userId, deletedAt}}. Anything that breaks that is a {@link
 * io.vitrina.platform.events.MalformedEventException}.
 */
final class UserEventParser {

  static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  static final Pattern NAME = Pattern.compile("(?s).{1,200}");
  static final Pattern EMAIL = Pattern.compile("[^\\s]{3,254}");
  static final Pattern STATUS = Pattern.compile("[A-Z_]{1,16}");

  private UserEventParser() {}

  static CustomerEvent parse(String id, String type, Instant time, JsonObject data) {
    String userId = EventMessages.text(data, "userId", UUID, type, id);
    if (CustomerEvent.DELETED.equals(type)) {
      return new CustomerEvent(id, type, time, userId, null, null, null);
    }
    String email = EventMessages.text(data, "email", EMAIL, type, id);
    String displayName = EventMessages.text(data, "displayName", NAME, type, id);
    String status =
        CustomerEvent.UPDATED.equals(type)
            ? EventMessages.text(data, "status", STATUS, type, id)
            : CustomerSnapshot.ACTIVE;
    return new CustomerEvent(id, type, time, userId, displayName, email, status);
  }
}
