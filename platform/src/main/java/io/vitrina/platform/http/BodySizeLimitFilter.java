package io.vitrina.platform.http;

import io.vitrina.platform.problem.PayloadTooLargeException;
import io.vitrina.platform.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rejects request bodies larger than {@code vitrina.http.max-body-bytes} (64 KiB unless configured)
 * with a 413 problem: at once when Content-Length says so, and while reading when the body is
 * chunked. Runs before matching and authentication, so an oversized body costs nothing.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class BodySizeLimitFilter implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "vitrina.http.max-body-bytes", defaultValue = "65536")
  long maxBodyBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBodyBytes) {
      PayloadTooLargeException tooLarge = new PayloadTooLargeException(maxBodyBytes);
      request.abortWith(
          Problems.response(
              tooLarge.toProblem(),
              request.getUriInfo().getRequestUri().getRawPath(),
              java.util.Map.of()));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBodyBytes));
    }
  }
}
