package io.vitrina.order;

/** The shapes of identifiers in requests, for Bean Validation. */
public final class Ids {

  /** A lower-case UUID, the form of every id catalog-service and this service issue. */
  public static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  public static final String UUID_MESSAGE = "must be a product id (a lower-case UUID)";

  private Ids() {}
}
