package io.vitrina.platform.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Entity provider failures: 400 when the body could not be read as JSON, else 500. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ProcessingException failure) {
    return Problems.render(failure, uriInfo);
  }
}
