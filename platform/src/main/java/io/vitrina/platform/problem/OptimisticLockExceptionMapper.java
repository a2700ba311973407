package io.vitrina.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409: another request changed the same data first. */
@Provider
public class OptimisticLockExceptionMapper implements ExceptionMapper<OptimisticLockException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(OptimisticLockException failure) {
    return Problems.render(failure, uriInfo);
  }
}
