package io.vitrina.user.account.messaging;

import io.vitrina.platform.events.CloudEventPublisher;
import io.vitrina.user.account.domain.AccountEvents;
import io.vitrina.user.account.domain.User;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Topic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Publishes account events on the user topic, in the caller's transaction. */
@ApplicationScoped
public class JmsAccountEvents implements AccountEvents {

  static final String REGISTERED = "user.registered";
  static final String UPDATED = "user.updated";
  static final String DELETED = "user.deleted";

  @Resource(lookup = "jms/userEvents")
  Topic topic;

  @Inject CloudEventPublisher publisher;

  @Override
  public void registered(User user, Instant registeredAt) {
    publisher.publish(
        topic,
        REGISTERED,
        user.id(),
        new UserRegistered(user.id(), user.email(), user.displayName(), registeredAt));
  }

  @Override
  public void updated(User user, List<String> changed) {
    publisher.publish(
        topic,
        UPDATED,
        user.id(),
        new UserUpdated(
            user.id(),
            List.copyOf(changed),
            user.email(),
            user.displayName(),
            new ArrayList<>(user.roleNames()),
            user.status().name()));
  }

  @Override
  public void deleted(String userId, Instant deletedAt) {
    publisher.publish(topic, DELETED, userId, new UserDeleted(userId, deletedAt));
  }
}
