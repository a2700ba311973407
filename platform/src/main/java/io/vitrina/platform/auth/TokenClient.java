package io.vitrina.platform.auth;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * user-service's {@code POST /api/auth/token} (OAuth 2.0 client credentials, RFC 6749 §4.4). Built
 * by {@link ServiceTokens} for the full URI of {@code VITRINA_TOKEN_URI}.
 */
public interface TokenClient {

  /** The token response. */
  record TokenResponse(
      @JsonbProperty("access_token") String accessToken,
      @JsonbProperty("token_type") String tokenType,
      @JsonbProperty("expires_in") long expiresIn) {}

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  TokenResponse token(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String basic,
      @FormParam("grant_type") String grantType);
}
