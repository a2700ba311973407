package io.vitrina.catalog.report.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.report.domain.InventoryFilter;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional filters of an inventory report; no body at all means every product. */
@Schema(name = "InventoryReportRequest")
public record InventoryReportRequest(
    @Schema(description = "Only products of this category and its whole subtree")
        @Pattern(regexp = Ids.UUID, message = Ids.UUID_MESSAGE)
        String categoryId,
    @Schema(
            description =
                "Only products whose available stock is at or below their low-stock threshold",
            defaultValue = "false")
        Boolean lowStockOnly) {

  InventoryFilter toFilter() {
    return new InventoryFilter(categoryId, Boolean.TRUE.equals(lowStockOnly));
  }
}
