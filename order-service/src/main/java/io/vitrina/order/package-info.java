/** order-service: orders, payments, order history and sales reports. */
package io.vitrina.order;
