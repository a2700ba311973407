package io.vitrina.catalog.inventory.api;

import io.vitrina.catalog.inventory.domain.InventoryAdjustment;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audited stock adjustment. */
@Schema(name = "Adjustment")
public record AdjustmentView(
    long id,
    String productId,
    int delta,
    String reason,
    @Schema(description = "The upn of who made it") String actor,
    Instant adjustedAt,
    int onHandAfter) {

  static AdjustmentView of(InventoryAdjustment adjustment) {
    return new AdjustmentView(
        adjustment.id(),
        adjustment.productId(),
        adjustment.delta(),
        adjustment.reason(),
        adjustment.actor(),
        adjustment.adjustedAt(),
        adjustment.onHandAfter());
  }
}
