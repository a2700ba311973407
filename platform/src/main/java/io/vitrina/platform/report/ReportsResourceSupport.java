package io.vitrina.platform.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What every service's {@code /api/reports} resource does the same way: a request answers 202 with
 * the report's address at once, the client polls that address (with Retry-After while it is
 * pending), and downloads the CSV of a DONE report. Only the requester and admins see a report;
 * anyone else gets 404.
 *
 * <p>A service's resource extends this class, and declares the paths, roles and OpenAPI documents
 * of its endpoints itself (a request endpoint per kind, {@code GET {id}} and {@code GET
 * {id}/content}), each calling {@link #accepted}, {@link #status} or {@link #download}.
 */
public abstract class ReportsResourceSupport {

  /** The media type of every report's content. */
  public static final String CSV = "text/csv; charset=UTF-8";

  /** The role that reads every report. */
  public static final String ADMIN = "admin";

  @Inject protected ReportService reports;
  @Inject protected JsonWebToken token;
  @Context protected SecurityContext security;
  @Context protected UriInfo uriInfo;

  /**
   * Queues a report for the caller (or finds the identical one still pending) and answers 202 with
   * its view, Location and Retry-After.
   *
   * @param parameters the kind's parameters as canonical JSON
   */
  protected Response accepted(String kind, String parameters) {
    Report report = reports.request(kind, parameters, caller().subject()).report();
    return Response.accepted(ReportView.of(report, uriInfo.getBaseUriBuilder()))
        .location(uriInfo.getBaseUriBuilder().path("reports").path(report.id()).build())
        .header(HttpHeaders.RETRY_AFTER, ReportNotReadyException.RETRY_AFTER_SECONDS)
        .build();
  }

  /** Where a report is, never cached; 404 when there is no such report for the caller. */
  protected Response status(String id) {
    Report report = reports.find(id, caller()).orElseThrow(NotFoundException::new);
    Response.ResponseBuilder response =
        Response.ok(ReportView.of(report, uriInfo.getBaseUriBuilder())).cacheControl(noStore());
    if (report.status().isPending()) {
      response.header(HttpHeaders.RETRY_AFTER, ReportNotReadyException.RETRY_AFTER_SECONDS);
    }
    return response.build();
  }

  /**
   * A DONE report's content as a CSV attachment, streamed a chunk at a time; 404 when there is no
   * such report for the caller, 409 when it has no content (yet).
   */
  protected Response download(String id) {
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

  /** Who calls: the token's subject, and whether they may read every report. */
  protected Caller caller() {
    return new Caller(token.getSubject(), security.isUserInRole(ADMIN));
  }

  private static CacheControl noStore() {
    CacheControl cache = new CacheControl();
    cache.setNoStore(true);
    cache.setPrivate(true);
    return cache;
  }
}
