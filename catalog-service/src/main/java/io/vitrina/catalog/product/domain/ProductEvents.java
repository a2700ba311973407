package io.vitrina.catalog.product.domain;

/**
 * The port through which product changes are announced to other services. Called inside the
 * transaction of the change, with the product as it will be committed (its new version included):
 * an implementation publishes if and only if that transaction commits.
 */
public interface ProductEvents {

  void created(Product product);

  /** After a change of details or status other than discontinuing. */
  void updated(Product product);

  /** Once, when the product is taken off sale for good. */
  void discontinued(Product product);
}
