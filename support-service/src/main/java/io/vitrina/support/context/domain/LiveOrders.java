package io.vitrina.support.context.domain;

/** order-service asked live for one order, as the caller whose token is given. */
public interface LiveOrders {

  Fetched<OrderFacts> find(String orderId, String bearer);
}
