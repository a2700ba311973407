package io.vitrina.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 400 for a body JSON-B cannot bind to the resource's input type (or 413 if it was cut off for
 * size).
 */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(JsonbException failure) {
    return Problems.render(failure, uriInfo);
  }
}
