/**
 * The JMS adapter of {@link io.vitrina.catalog.inventory.domain.InventoryEvents}: {@code
 * inventory.changed} and {@code inventory.low} as CloudEvents on the {@code jms/catalogEvents}
 * topic (Artemis address {@code vitrina.catalog}), each with the product id as subject. Payloads
 * are records of this package, never the entity.
 */
package io.vitrina.catalog.inventory.messaging;
