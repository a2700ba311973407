package io.vitrina.support.sla.api;

import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.Violation;
import io.vitrina.support.Roles;
import io.vitrina.support.sla.domain.SlaPolicy;
import io.vitrina.support.sla.domain.SlaTargets;
import io.vitrina.support.ticket.domain.TicketPriority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The SLA targets per priority: agents read them, admins override them at runtime (audited). */
@Path("sla")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "sla")
public class SlaResource {

  @Inject SlaPolicy policy;
  @Inject JsonWebToken token;

  @GET
  @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
  @Operation(summary = "The targets in force for every priority")
  @APIResponse(
      responseCode = "200",
      description = "One entry per priority",
      content = @Content(schema = @Schema(implementation = SlaTargetView[].class)))
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not a support-agent or admin")
  public List<SlaTargetView> targets() {
    return policy.all().values().stream().map(SlaTargetView::of).toList();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary =
          "Override the targets of some priorities; they apply to tickets opened or"
              + " re-prioritised from now on")
  @APIResponse(
      responseCode = "200",
      description = "The targets in force for every priority",
      content = @Content(schema = @Schema(implementation = SlaTargetView[].class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid input: not ISO-8601 durations, not positive, beyond P365D, a resolution"
              + " shorter than the first response, or a priority twice")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public List<SlaTargetView> override(@NotNull @Valid SlaUpdateRequest body) {
    Map<TicketPriority, SlaTargets> targets = new EnumMap<>(TicketPriority.class);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < body.targets().size(); i++) {
      SlaTargetRequest request = body.targets().get(i);
      String at = "targets[" + i + "]";
      TicketPriority priority = TicketPriority.valueOf(request.priority());
      if (targets.containsKey(priority)) {
        violations.add(new Violation(at + ".priority", "must not be listed twice"));
        continue;
      }
      try {
        targets.put(
            priority,
            new SlaTargets(
                Duration.parse(request.firstResponse()), Duration.parse(request.resolution())));
      } catch (DateTimeParseException notDuration) {
        violations.add(new Violation(at, "durations must be ISO-8601, such as PT4H or P2D"));
      } catch (IllegalArgumentException invalid) {
        violations.add(new Violation(at, invalid.getMessage()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return policy.override(targets, token.getSubject()).values().stream()
        .map(SlaTargetView::of)
        .toList();
  }
}
