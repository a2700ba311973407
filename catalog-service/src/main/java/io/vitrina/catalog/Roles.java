package io.vitrina.catalog;

/** Role names as they appear in tokens' {@code groups} and in {@code @RolesAllowed}. */
public final class Roles {

  public static final String CUSTOMER = "customer";
  public static final String SUPPORT_AGENT = "support-agent";
  public static final String CATALOG_ADMIN = "catalog-admin";
  public static final String ADMIN = "admin";

  /**
   * Another Vitrina service calling with a token of its own (client credentials at user-service);
   * no user holds it.
   */
  public static final String SERVICE = "service";

  private Roles() {}
}
