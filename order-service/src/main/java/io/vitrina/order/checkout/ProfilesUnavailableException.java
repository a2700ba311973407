package io.vitrina.order.checkout;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** 503: checkout needs the customer's default address and user-service cannot be asked now. */
public class ProfilesUnavailableException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ProfilesUnavailableException() {
    super(
        503,
        ProblemDetail.type("profile-unavailable"),
        "Profile unavailable",
        "Your default shipping address cannot be read now; retry later or send a shippingAddress.",
        List.of(),
        Map.of("Retry-After", "10"));
  }
}
