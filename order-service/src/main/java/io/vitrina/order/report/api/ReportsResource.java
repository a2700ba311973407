package io.vitrina.order.report.api;

import io.vitrina.order.Ids;
import io.vitrina.order.Roles;
import io.vitrina.order.report.domain.Caller;
import io.vitrina.order.report.domain.Report;
import io.vitrina.order.report.domain.ReportKind;
import io.vitrina.order.report.domain.ReportNotReadyException;
import io.vitrina.order.report.domain.ReportService;
import io.vitrina.order.report.domain.SalesParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import org.eclipse.microprofile.jwt.JsonWebToken;
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
 * the requester and admins see a report; anyone else gets 404.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "reports", description = "Sales reports, built asynchronously as CSV")
@APIResponse(responseCode = "401", description = "No valid access token")
public class ReportsResource {

  static final String CSV = "text/csv; charset=UTF-8";

  @Inject ReportService reports;
  @Inject JsonWebToken token;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  @POST
  @Path("sales")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary =
          "Request a sales report (CSV) of the orders paid in a period; while an identical request"
              + " of yours is still QUEUED or RUNNING, that report is the answer")
  @APIResponse(
      responseCode = "202",
      description = "Queued; Location is the report to poll, Retry-After how long to wait",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER))
      },
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "No body, a missing or malformed date, to before from, more than 366 days,"
              + " or groupBy not day, product or category")
  @APIResponse(responseCode = "403", description = "Not admin")
  public Response requestSales(@NotNull @Valid SalesReportRequest body) {
    SalesParameters parameters = body.toParameters();
    Report report =
        reports.request(ReportKind.SALES, parameters.toJson(), caller().subject()).report();
    return Response.accepted(ReportView.of(report, uriInfo.getBaseUriBuilder()))
        .location(uriInfo.getBaseUriBuilder().path("reports").path(report.id()).build())
        .header(HttpHeaders.RETRY_AFTER, ReportNotReadyException.RETRY_AFTER_SECONDS)
        .build();
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
    Report report = reports.find(id, caller()).orElseThrow(NotFoundException::new);
    Response.ResponseBuilder response =
        Response.ok(ReportView.of(report, uriInfo.getBaseUriBuilder())).cacheControl(noStore());
    if (report.status().isPending()) {
      response.header(HttpHeaders.RETRY_AFTER, ReportNotReadyException.RETRY_AFTER_SECONDS);
    }
    return response.build();
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
    Report report = reports.content(id, caller()).orElseThrow(NotFoundException::new);
    int chunks = report.chunkCount();
    StreamingOutput body =
        out -> {
          // One short transaction per chunk: a download never holds a report in memory.
          for (int seq = 0; seq < chunks; seq++) {
            int current = seq;
            out.write(
                reports
                    .chunk(report.id(), seq)
                    .orElseThrow(
                        () ->
                            new IOException(
                                "Chunk " + current + " of report " + report.id() + " is gone")));
          }
        };
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
        .header(HttpHeaders.CONTENT_LENGTH, report.contentBytes())
        .cacheControl(noStore())
        .build();
  }

  private Caller caller() {
    return new Caller(token.getSubject(), security.isUserInRole(Roles.ADMIN));
  }

  private static CacheControl noStore() {
    CacheControl cache = new CacheControl();
    cache.setNoStore(true);
    cache.setPrivate(true);
    return cache;
  }
}
