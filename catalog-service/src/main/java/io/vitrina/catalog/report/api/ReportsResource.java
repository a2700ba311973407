package io.vitrina.catalog.report.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.Roles;
import io.vitrina.catalog.report.domain.InventoryReport;
import io.vitrina.platform.report.ReportView;
import io.vitrina.platform.report.ReportsResourceSupport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Asynchronous reports: a request answers 202 with the report's address at once, a worker builds it
 * from the queue, and the client polls the address until it is DONE, then downloads the CSV. Only
 * the requester and admins see a report; anyone else gets 404. The behaviour is the platform's
 * ({@link ReportsResourceSupport}); this class holds the paths, roles and documentation.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "reports")
@APIResponse(responseCode = "401", description = "No valid access token")
public class ReportsResource extends ReportsResourceSupport {

  @POST
  @Path("inventory")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CATALOG_ADMIN, Roles.ADMIN})
  @Operation(
      summary =
          "Request an inventory report (CSV); while an identical request of yours is still QUEUED"
              + " or RUNNING, that report is the answer")
  @APIResponse(
      responseCode = "202",
      description = "Queued; Location is the report to poll, Retry-After how long to wait",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER))
      },
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  @APIResponse(responseCode = "400", description = "No body, invalid filters, or no such category")
  @APIResponse(responseCode = "403", description = "Not catalog-admin or admin")
  public Response requestInventory(@NotNull @Valid InventoryReportRequest body) {
    return accepted(InventoryReport.KIND, body.toFilter().toJson());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.CATALOG_ADMIN, Roles.ADMIN})
  @Operation(summary = "Where a report is; poll it until DONE or FAILED")
  @APIResponse(
      responseCode = "200",
      description = "The report; Retry-After while it is QUEUED or RUNNING",
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  @APIResponse(responseCode = "404", description = "No such report, or not yours")
  public Response get(@PathParam("id") @Pattern(regexp = Ids.UUID) String id) {
    return status(id);
  }

  @GET
  @Path("{id}/content")
  @Produces(CSV)
  @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.CATALOG_ADMIN, Roles.ADMIN})
  @Operation(summary = "A DONE report's content, as a CSV attachment (RFC 4180, UTF-8)")
  @APIResponse(
      responseCode = "200",
      description = "The CSV; Content-Disposition names the file",
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "404", description = "No such report, or not yours")
  @APIResponse(
      responseCode = "409",
      description = "Not DONE yet (with Retry-After), or FAILED: there is no content")
  public Response content(@PathParam("id") @Pattern(regexp = Ids.UUID) String id) {
    return download(id);
  }
}
