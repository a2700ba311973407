package io.vitrina.user.serviceclient.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The RFC 6749 section 5.1 access token response; no refresh token: a service asks again. */
@Schema(name = "ServiceTokenResponse")
@JsonbPropertyOrder({"accessToken", "tokenType", "expiresIn"})
public record ServiceTokenResponse(
    @JsonbProperty("access_token")
        @Schema(name = "access_token", description = "RS256 JWT for the Authorization header")
        String accessToken,
    @JsonbProperty("token_type") @Schema(name = "token_type", example = "Bearer") String tokenType,
    @JsonbProperty("expires_in")
        @Schema(
            name = "expires_in",
            description = "Seconds until the token expires",
            example = "300")
        long expiresIn) {}
