package io.vitrina.order.order.api;

import io.vitrina.order.order.domain.ShippingAddress;
import io.vitrina.platform.validation.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to ship an order. */
@Schema(name = "ShippingAddress")
public record AddressRequest(
    @NotBlank @Size(max = 200) @PlainText @Schema(example = "Ada Lovelace") String fullName,
    @NotBlank @Size(max = 100) @PlainText @Schema(example = "Calle Mayor 1") String line1,
    @Size(max = 100) @PlainText String line2,
    @NotBlank @Size(max = 100) @PlainText @Schema(example = "Madrid") String city,
    @Size(max = 100) @PlainText String region,
    @NotBlank
        @Size(max = 20)
        @Pattern(
            regexp = "[A-Za-z0-9 -]*",
            message = "must contain only letters, digits, spaces and hyphens")
        @Schema(example = "28013")
        String postalCode,
    @NotNull
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code")
        @Schema(example = "ES", description = "ISO 3166-1 alpha-2")
        String country) {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** Bean Validation: an assigned country code, not just two capitals. */
  @AssertTrue(message = "must be an assigned ISO 3166-1 alpha-2 country code")
  @Schema(hidden = true)
  public boolean isKnownCountry() {
    return country == null || !country.matches("[A-Z]{2}") || COUNTRIES.contains(country);
  }

  ShippingAddress toDomain() {
    return new ShippingAddress(fullName, line1, line2, city, region, postalCode, country);
  }
}
