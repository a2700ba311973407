package io.vitrina.platform.problem;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Other Bean Validation failures are broken constraint declarations: a 500, not the runtime's own
 * plain-text report (whose mapper, for ValidationException, this one replaces).
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ValidationException failure) {
    return Problems.render(failure, uriInfo);
  }
}
