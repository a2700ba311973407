package io.vitrina.catalog.report.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.report.domain.InventoryFilter;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The filters of an inventory report, each optional: {@code {}} is every product. */
@Schema(name = "InventoryReportRequest")
public record InventoryReportRequest(
    @Schema(description = "Only products of this category and its whole subtree")
        @Pattern(regexp = Ids.UUID, message = Ids.UUID_MESSAGE)
        String categoryId,
    @Schema(
            description =
                "Only products whose available stock is at or below their low-stock threshold",
            defaultValue = "false")
        @JsonbTypeDeserializer(StrictBoolean.class)
        Boolean lowStockOnly) {

  InventoryFilter toFilter() {
    return new InventoryFilter(categoryId, Boolean.TRUE.equals(lowStockOnly));
  }
}
