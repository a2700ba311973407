/**
 * The client side of catalog-service: its product read as a MicroProfile Rest Client, behind a
 * fault-tolerant adapter of the cart's {@code ProductCatalog} port, and a readiness-neutral report
 * on its reachability.
 */
package io.vitrina.order.catalog;
