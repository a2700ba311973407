package io.vitrina.catalog;

/** The shapes of identifiers and slugs in requests, for Bean Validation. */
public final class Ids {

  /** A lower-case UUID, the form of every id this service issues. */
  public static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  public static final String UUID_MESSAGE = "must be an id this service issued (a lower-case UUID)";

  public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

  public static final String SLUG_MESSAGE =
      "must be lower-case letters and digits in words separated by single hyphens";

  /** A stock-keeping unit: upper-case letters, digits and hyphens, 3 to 40 characters. */
  public static final String SKU = "[A-Z0-9][A-Z0-9-]{2,39}";

  public static final String SKU_MESSAGE =
      "must be 3 to 40 upper-case letters, digits or hyphens, not starting with a hyphen";

  /** An attribute name. */
  public static final String ATTRIBUTE = "[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}";

  public static final String ATTRIBUTE_MESSAGE =
      "must be 1 to 64 letters, digits, spaces, dots, hyphens or underscores";

  /** An order id as order-service issues it, or any similar opaque key. */
  public static final String ORDER_ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

  public static final String ORDER_ID_MESSAGE =
      "must be 1 to 64 letters, digits, hyphens or underscores";

  private Ids() {}
}
