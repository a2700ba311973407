package io.vitrina.support.context.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * user-service's {@code GET /api/users/{id}}, called with this service's own token (group {@code
 * service}). Configured under the key {@code users} ({@code users/mp-rest/url}, fed from {@code
 * USERS_URL} or the stack's {@code USER_SERVICE_URL}).
 */
@RegisterRestClient(configKey = "users")
@Path("/api/users/{id}")
@Produces(MediaType.APPLICATION_JSON)
public interface UserClient {

  /** The parts of an account a ticket's context shows. */
  record Account(String id, String email, String displayName, String status) {}

  @GET
  Account get(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
}
