package io.vitrina.user.account.domain;

/** Role names as they appear in tokens' {@code groups} and in {@code @RolesAllowed}. */
public final class Roles {

  public static final String CUSTOMER = "customer";
  public static final String SUPPORT_AGENT = "support-agent";
  public static final String CATALOG_ADMIN = "catalog-admin";
  public static final String ADMIN = "admin";

  /**
   * The group of tokens issued to other services (client credentials); never a user's role, so not
   * in {@link #PATTERN}.
   */
  public static final String SERVICE = "service";

  /** A regular expression matching exactly one role name, for input validation. */
  public static final String PATTERN = "customer|support-agent|catalog-admin|admin";

  private Roles() {}
}
