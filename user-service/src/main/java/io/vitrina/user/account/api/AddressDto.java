package io.vitrina.user.account.api;

import io.vitrina.platform.validation.PlainText;
import io.vitrina.user.account.domain.Address;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A postal address, in and out. */
@Schema(name = "Address")
public record AddressDto(
    @Size(max = 40) @PlainText @Schema(example = "Home") String label,
    @NotBlank @Size(max = 100) @PlainText @Schema(example = "Calle Mayor 1") String line1,
    @Size(max = 100) @PlainText String line2,
    @NotBlank @Size(max = 100) @PlainText @Schema(example = "Madrid") String city,
    @Size(max = 100) @PlainText String region,
    @Size(max = 20)
        @Pattern(
            regexp = "[A-Za-z0-9 -]*",
            message = "must contain only letters, digits, spaces and hyphens")
        @Schema(example = "28013")
        String postalCode,
    @NotNull @CountryCode @Schema(example = "ES", description = "ISO 3166-1 alpha-2")
        String country) {

  public Address toDomain() {
    return new Address(label, line1, line2, city, region, postalCode, country);
  }

  public static AddressDto of(Address address) {
    return new AddressDto(
        address.label(),
        address.line1(),
        address.line2(),
        address.city(),
        address.region(),
        address.postalCode(),
        address.country());
  }
}
