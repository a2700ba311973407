/**
 * Arquillian tests that run inside the order-service Liberty server the build started, for what
 * needs the container: JPA on the real database.
 */
package io.vitrina.order.arquillian;
