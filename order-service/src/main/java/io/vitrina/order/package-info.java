/**
 * order-service: carts, orders with their status history, pricing, and payments through a gateway
 * SPI. Feature packages: {@code cart} (the customer's cart and its REST API), {@code catalog} (the
 * fault-tolerant client of catalog-service), {@code order} (the order domain and its state
 * machine), {@code payment} (the gateway SPI, the simulated provider and the payment records).
 */
package io.vitrina.order;
