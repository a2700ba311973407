package io.vitrina.support.sla.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Targets for some priorities; the others keep theirs. */
public record SlaUpdateRequest(
    @NotEmpty @Size(max = 4) List<@NotNull @Valid SlaTargetRequest> targets) {}
