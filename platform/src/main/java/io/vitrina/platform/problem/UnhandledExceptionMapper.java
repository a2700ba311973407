package io.vitrina.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything else, including failures at commit that the transaction interceptor wraps, classified
 * by cause; a true surprise is a 500 with a logged trace id.
 */
@Provider
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable failure) {
    return Problems.render(failure, uriInfo);
  }
}
