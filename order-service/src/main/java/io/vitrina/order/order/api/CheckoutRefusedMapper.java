package io.vitrina.order.order.api;

import io.vitrina.order.checkout.CheckoutRefusedException;
import io.vitrina.platform.problem.ProblemDetail;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders a refused checkout as a problem that lists the products in {@code productIds}. */
@Provider
public class CheckoutRefusedMapper implements ExceptionMapper<CheckoutRefusedException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(CheckoutRefusedException refused) {
    return Response.status(refused.status())
        .type(ProblemDetail.MEDIA_TYPE)
        .entity(Answers.orderProblem(refused, uriInfo.getRequestUri().getRawPath()))
        .build();
  }
}
