package io.vitrina.catalog.product.messaging;

import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductEvents;
import io.vitrina.platform.events.CloudEventPublisher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Topic;

/** Publishes product events on the catalog topic, in the caller's transaction. */
@ApplicationScoped
public class JmsProductEvents implements ProductEvents {

  static final String CREATED = "product.created";
  static final String UPDATED = "product.updated";
  static final String DISCONTINUED = "product.discontinued";

  @Resource(lookup = "jms/catalogEvents")
  Topic topic;

  @Inject CloudEventPublisher publisher;

  @Override
  public void created(Product product) {
    publish(CREATED, product);
  }

  @Override
  public void updated(Product product) {
    publish(UPDATED, product);
  }

  @Override
  public void discontinued(Product product) {
    publish(DISCONTINUED, product);
  }

  private void publish(String type, Product product) {
    publisher.publish(topic, type, product.id(), ProductData.of(product));
  }
}
