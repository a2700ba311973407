package io.vitrina.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders the errors services mean, with their status, title, detail and headers. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ProblemException failure) {
    return Problems.render(failure, uriInfo);
  }
}
