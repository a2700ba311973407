package io.vitrina.user.profile.api;

import io.vitrina.platform.validation.PlainText;
import io.vitrina.user.account.api.AddressDto;
import io.vitrina.user.account.domain.ProfileChange;
import io.vitrina.user.account.domain.User;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole new profile (PUT semantics: an absent optional field is cleared). */
@Schema(name = "ProfileRequest")
public record ProfileRequest(
    @NotBlank @Size(max = 100) @PlainText @Schema(example = "Ana") String displayName,
    @Size(max = 100) @PlainText @Schema(example = "Ana García López") String fullName,
    @Pattern(
            regexp = "\\+[1-9][0-9]{1,14}",
            message = "must be an E.164 number such as +34600111222")
        @Schema(example = "+34600111222")
        String phone,
    @Size(max = User.MAX_ADDRESSES) List<@NotNull @Valid AddressDto> addresses) {

  ProfileChange toDomain() {
    return new ProfileChange(
        displayName,
        fullName,
        phone,
        addresses == null ? List.of() : addresses.stream().map(AddressDto::toDomain).toList());
  }
}
