package io.vitrina.catalog.product.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.product.domain.CurrencyCode;
import io.vitrina.catalog.product.domain.Product;
import io.vitrina.platform.validation.PlainText;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new product. Its stock starts at zero; adjust it through the inventory. */
@Schema(name = "ProductRequest")
public record ProductRequest(
    @NotNull
        @Pattern(regexp = Ids.SKU, message = Ids.SKU_MESSAGE)
        @Schema(example = "TRAIL-RUNNER-42")
        String sku,
    @NotBlank @Size(max = 200) @PlainText @Schema(example = "Trail runner") String name,
    @Size(max = 4000) String description,
    @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 15, fraction = 2, message = "must have at most 2 decimal places")
        @Schema(example = "89.90")
        BigDecimal price,
    @NotNull @Pattern(regexp = CurrencyCode.PATTERN, message = CurrencyCode.MESSAGE)
        String currency,
    @NotNull @Pattern(regexp = Ids.UUID, message = Ids.UUID_MESSAGE) String categoryId,
    @Size(max = Product.MAX_ATTRIBUTES, message = "must have at most 20 entries")
        Map<
                @NotNull @Pattern(regexp = Ids.ATTRIBUTE, message = Ids.ATTRIBUTE_MESSAGE) String,
                @NotNull @Size(max = 500) @PlainText String>
            attributes,
    @Schema(description = "DRAFT (the default) or ACTIVE")
        @Pattern(regexp = "DRAFT|ACTIVE", message = "must be DRAFT or ACTIVE")
        String status,
    @Schema(description = "Available stock at or below which the product counts as low; default 5")
        @Min(0)
        @Max(1_000_000)
        Integer lowStockThreshold) {}
