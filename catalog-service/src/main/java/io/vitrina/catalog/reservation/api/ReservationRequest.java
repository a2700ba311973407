package io.vitrina.catalog.reservation.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.reservation.domain.ReservationLine;
import io.vitrina.catalog.reservation.domain.ReservationLines;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stock to hold for an order. Lines of the same product are added together. */
@Schema(name = "ReservationRequest")
public record ReservationRequest(
    @NotNull @Pattern(regexp = Ids.ORDER_ID, message = Ids.ORDER_ID_MESSAGE) String orderId,
    @NotEmpty @Size(max = ReservationLines.MAX_LINES) List<@NotNull @Valid LineRequest> lines) {

  List<ReservationLine> toDomain() {
    return lines.stream().map(l -> new ReservationLine(l.productId(), l.quantity())).toList();
  }
}
