/**
 * The JMS adapter of {@link io.vitrina.catalog.product.domain.ProductEvents}: {@code
 * product.created}, {@code product.updated} and {@code product.discontinued} as CloudEvents on the
 * {@code jms/catalogEvents} topic (Artemis address {@code vitrina.catalog}), each with the product
 * id as subject and {@link io.vitrina.catalog.product.messaging.ProductData} as data: the contract
 * other services copy, never the entity.
 */
package io.vitrina.catalog.product.messaging;
