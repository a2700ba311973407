package io.vitrina.user.account.api;

import io.vitrina.user.account.domain.User;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as its owner sees it. No credential of any form. */
@Schema(name = "Account")
public record AccountView(
    String id,
    String email,
    String displayName,
    String fullName,
    String phone,
    List<AddressDto> addresses,
    @Schema(description = "customer, support-agent, catalog-admin, admin") List<String> roles,
    String status,
    Instant createdAt) {

  public static AccountView of(User user) {
    return new AccountView(
        user.id(),
        user.email(),
        user.displayName(),
        user.fullName(),
        user.phone(),
        user.addresses().stream().map(AddressDto::of).toList(),
        List.copyOf(user.roleNames()),
        user.status().name(),
        user.createdAt());
  }
}
