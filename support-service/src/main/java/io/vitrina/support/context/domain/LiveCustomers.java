package io.vitrina.support.context.domain;

/** user-service asked live for one account, with this service's own token. */
public interface LiveCustomers {

  Fetched<CustomerCard> find(String userId);
}
