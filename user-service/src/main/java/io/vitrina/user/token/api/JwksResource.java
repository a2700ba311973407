package io.vitrina.user.token.api;

import io.vitrina.user.token.domain.SigningKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JWKS (RFC 7517) of every signing key in force. Cached for five minutes: a new key is
 * published well before it signs (see the token domain's rotation steps), so verifiers that cache
 * this long still know it in time.
 */
@Path("jwks")
@RequestScoped
@Tag(name = "keys")
public class JwksResource {

  static final int MAX_AGE_SECONDS = 300;

  @Inject SigningKeys keys;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Public keys that verify access tokens (JWK Set)")
  @APIResponse(responseCode = "200", description = "The JWK Set")
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(MAX_AGE_SECONDS);
    // Serialised by nimbus, which knows the JWK format; public members only.
    return Response.ok(keys.publicJwks().toString(true)).cacheControl(cache).build();
  }
}
