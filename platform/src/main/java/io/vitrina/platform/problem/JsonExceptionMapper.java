package io.vitrina.platform.problem;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 for a body that is not JSON at all. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(JsonException failure) {
    return Problems.render(failure, uriInfo);
  }
}
