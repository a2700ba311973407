package io.vitrina.user.serviceclient.api;

import io.vitrina.user.serviceclient.domain.ClientCredentialsGrant;
import io.vitrina.user.serviceclient.domain.InvalidClientException;
import io.vitrina.user.serviceclient.domain.ServiceClient;
import io.vitrina.user.token.domain.IssuedAccessToken;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The token endpoint of the client-credentials grant. The client authenticates before anything else
 * is looked at, so an unauthenticated caller learns nothing but the 401.
 */
@Path("auth/token")
@RequestScoped
@Tag(name = "auth")
public class TokenResource {

  static final String GRANT_TYPE = "grant_type";
  static final String CLIENT_CREDENTIALS = "client_credentials";

  @Inject ClientCredentialsGrant grant;
  @Inject Clock clock;

  @Context HttpServletRequest request;

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "client")
  @Operation(
      summary = "A service token for a service client (OAuth 2.0 client credentials)",
      description =
          "Body grant_type=client_credentials; the client id and secret in HTTP Basic. The token"
              + " has sub and upn = the client id and groups = [service]; there is no refresh"
              + " token: ask again shortly before expires_in runs out.")
  @APIResponse(
      responseCode = "200",
      description = "The token",
      content = @Content(schema = @Schema(implementation = ServiceTokenResponse.class)))
  @APIResponse(responseCode = "400", description = "grant_type is not client_credentials")
  @APIResponse(
      responseCode = "401",
      description =
          "No, malformed or wrong client credentials, or an unknown client (one answer for all);"
              + " WWW-Authenticate: Basic")
  @APIResponse(
      responseCode = "429",
      description =
          "Too many failed authentications of this client from this address; see Retry-After")
  public Response token(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                      schema =
                          @Schema(
                              type = SchemaType.OBJECT,
                              requiredProperties = GRANT_TYPE,
                              properties =
                                  @SchemaProperty(
                                      name = GRANT_TYPE,
                                      type = SchemaType.STRING,
                                      enumeration = CLIENT_CREDENTIALS))))
          MultivaluedMap<String, String> form) {
    String grantType = form == null ? null : form.getFirst(GRANT_TYPE);
    BasicCredentials credentials =
        BasicCredentials.parse(authorization).orElseThrow(InvalidClientException::new);
    String address = request.getRemoteAddr();
    ServiceClient client =
        grant.authenticate(credentials.clientId(), credentials.secrets(), address);
    if (!CLIENT_CREDENTIALS.equals(grantType)) {
      throw new UnsupportedGrantTypeException();
    }
    IssuedAccessToken token = grant.issue(client, address);
    // Whole seconds, rounded up: the token was signed a moment ago for a whole number of them.
    long expiresIn = (Duration.between(clock.instant(), token.expiresAt()).toMillis() + 999) / 1000;
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setNoCache(true);
    return Response.ok(new ServiceTokenResponse(token.token(), "Bearer", Math.max(0, expiresIn)))
        .cacheControl(noStore)
        .header("Pragma", "no-cache")
        .build();
  }
}
