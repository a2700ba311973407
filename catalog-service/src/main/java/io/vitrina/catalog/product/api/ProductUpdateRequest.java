package io.vitrina.catalog.product.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.product.domain.CurrencyCode;
import io.vitrina.catalog.product.domain.Product;
import io.vitrina.platform.validation.PlainText;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The complete new state of a product (its SKU never changes). */
@Schema(name = "ProductUpdateRequest")
public record ProductUpdateRequest(
    @NotBlank @Size(max = 200) @PlainText String name,
    @Size(max = 4000) String description,
    @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 15, fraction = 2, message = "must have at most 2 decimal places")
        BigDecimal price,
    @NotNull @Pattern(regexp = CurrencyCode.PATTERN, message = CurrencyCode.MESSAGE)
        String currency,
    @NotNull @Pattern(regexp = Ids.UUID, message = Ids.UUID_MESSAGE) String categoryId,
    @Size(max = Product.MAX_ATTRIBUTES, message = "must have at most 20 entries")
        Map<
                @NotNull @Pattern(regexp = Ids.ATTRIBUTE, message = Ids.ATTRIBUTE_MESSAGE) String,
                @NotNull @Size(max = 500) @PlainText String>
            attributes,
    @NotNull @Pattern(regexp = "DRAFT|ACTIVE", message = "must be DRAFT or ACTIVE") String status,
    @Schema(description = "The version read; or send it as If-Match") @Min(0) Long version) {}
