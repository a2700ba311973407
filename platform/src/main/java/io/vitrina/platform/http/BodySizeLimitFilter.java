package io.vitrina.platform.http;

import io.vitrina.platform.problem.PayloadTooLargeException;
import io.vitrina.platform.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rejects request bodies larger than {@code vitrina.http.max-body-bytes} (64 KiB unless configured)
 * with a 413 problem: at once when Content-Length says so, and while reading when the body is
 * chunked. Runs before matching and authentication, so an oversized body costs nothing. A service
 * can allow particular requests a larger body through a {@link BodySizeAllowance} bean.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class BodySizeLimitFilter implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "vitrina.http.max-body-bytes", defaultValue = "65536")
  long maxBodyBytes;

  @Inject @Any Instance<BodySizeAllowance> allowances;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit =
        limit(
            maxBodyBytes,
            allowances,
            request.getMethod(),
            request.getUriInfo().getPath(false).replaceFirst("^/+", ""));
    if (request.getLength() > limit) {
      PayloadTooLargeException tooLarge = new PayloadTooLargeException(limit);
      request.abortWith(
          Problems.response(
              tooLarge.toProblem(),
              request.getUriInfo().getRequestUri().getRawPath(),
              java.util.Map.of()));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
    }
  }

  /** The largest limit an allowance grants this request, else the default. */
  static long limit(
      long defaultLimit, Iterable<BodySizeAllowance> allowances, String method, String path) {
    long limit = defaultLimit;
    for (BodySizeAllowance allowance : allowances) {
      OptionalLong allowed = allowance.maxBodyBytes(method, path);
      if (allowed.isPresent() && allowed.getAsLong() > limit) {
        limit = allowed.getAsLong();
      }
    }
    return limit;
  }
}
