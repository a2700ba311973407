package io.vitrina.support;

/** Role names as they appear in tokens' {@code groups} and in {@code @RolesAllowed}. */
public final class Roles {

  public static final String CUSTOMER = "customer";
  public static final String SUPPORT_AGENT = "support-agent";
  public static final String CATALOG_ADMIN = "catalog-admin";
  public static final String ADMIN = "admin";

  private Roles() {}
}
