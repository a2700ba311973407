package io.vitrina.user.account.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do across Vitrina; the wire name is what tokens and the API carry. */
public enum Role {
  CUSTOMER(Roles.CUSTOMER),
  SUPPORT_AGENT(Roles.SUPPORT_AGENT),
  CATALOG_ADMIN(Roles.CATALOG_ADMIN),
  ADMIN(Roles.ADMIN);

  private final String wireName;

  Role(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Role> fromWireName(String name) {
    return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
  }
}
