package io.vitrina.user.admin.api;

import io.vitrina.user.account.domain.Role;
import io.vitrina.user.account.domain.Roles;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The complete new set of a user's roles. */
@Schema(name = "RolesRequest")
public record RolesRequest(
    @NotEmpty @Size(max = 4) @Schema(example = "[\"customer\", \"support-agent\"]")
        Set<
                @NotNull
                @Pattern(
                    regexp = Roles.PATTERN,
                    message = "must be one of customer, support-agent, catalog-admin, admin")
                String>
            roles) {

  Set<Role> toDomain() {
    EnumSet<Role> result = EnumSet.noneOf(Role.class);
    roles.forEach(name -> result.add(Role.fromWireName(name).orElseThrow()));
    return result;
  }
}
