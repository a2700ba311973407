package io.vitrina.catalog.inventory.messaging;

import io.vitrina.catalog.inventory.domain.InventoryEvents;
import io.vitrina.catalog.inventory.domain.StockChange;
import io.vitrina.catalog.inventory.domain.StockLevel;
import io.vitrina.platform.events.CloudEventPublisher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Topic;
import java.time.Instant;

/** Publishes stock events on the catalog topic, in the caller's transaction. */
@ApplicationScoped
public class JmsInventoryEvents implements InventoryEvents {

  static final String CHANGED = "inventory.changed";
  static final String LOW = "inventory.low";

  @Resource(lookup = "jms/catalogEvents")
  Topic topic;

  @Inject CloudEventPublisher publisher;

  @Override
  public void changed(String sku, StockChange change, Instant occurredAt) {
    publisher.publish(
        topic, CHANGED, change.after().productId(), InventoryChanged.of(sku, change, occurredAt));
  }

  @Override
  public void low(String sku, StockLevel level, Instant occurredAt) {
    publisher.publish(topic, LOW, level.productId(), InventoryLow.of(sku, level, occurredAt));
  }
}
