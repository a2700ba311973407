package io.vitrina.order.user;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * user-service's {@code GET /api/me}, called with the customer's own token. Configured under the
 * key {@code users} ({@code users/mp-rest/url}, fed from {@code USERS_URL} or the stack's {@code
 * USER_SERVICE_URL}).
 */
@RegisterRestClient(configKey = "users")
@Path("/api/me")
public interface ProfileClient {

  /** The parts of the account checkout reads. */
  record Account(String displayName, String fullName, List<Address> addresses) {}

  /** An address of the profile; the first is the default. */
  record Address(
      String line1, String line2, String city, String region, String postalCode, String country) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  Account me(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
}
