package io.vitrina.user.admin.api;

import io.vitrina.user.account.domain.User;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An account as an administrator sees it: enough to find and manage it, not the user's phone or
 * addresses.
 */
@Schema(name = "AdminUser")
public record AdminUserView(
    String id,
    String email,
    String displayName,
    List<String> roles,
    @Schema(enumeration = {"ACTIVE", "DISABLED"}) String status,
    Instant createdAt,
    Instant updatedAt) {

  static AdminUserView of(User user) {
    return new AdminUserView(
        user.id(),
        user.email(),
        user.displayName(),
        List.copyOf(user.roleNames()),
        user.status().name(),
        user.createdAt(),
        user.updatedAt());
  }
}
