package io.vitrina.user.auth.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A refresh token, for a refresh or a logout. */
@Schema(name = "RefreshRequest")
public record RefreshRequest(@NotBlank @Size(max = 128) String refreshToken) {}
