package io.vitrina.order.order.api;

import io.vitrina.platform.validation.PlainText;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an order is cancelled; optional. */
@Schema(name = "CancelRequest")
public record CancelRequest(@Size(max = 500) @PlainText String reason) {}
