package io.vitrina.support;

/** The shapes of identifiers in requests, for Bean Validation. */
public final class Ids {

  /** A lower-case UUID, the form of every id this service issues. */
  public static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  public static final String UUID_MESSAGE = "must be an id this service issued (a lower-case UUID)";

  /** An id another service issued (a user, an order, a product): an opaque key. */
  public static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

  public static final String REFERENCE_MESSAGE =
      "must be 1 to 64 letters, digits, hyphens or underscores";

  private Ids() {}
}
