package io.vitrina.user.auth.api;

import io.vitrina.user.account.domain.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Credentials. Only lengths are checked: a malformed email is just a wrong one, and answers 401
 * like any other.
 */
@Schema(name = "LoginRequest")
public record LoginRequest(
    @NotBlank @Size(max = EmailAddress.MAX_LENGTH) String email,
    @NotNull @Size(min = 1, max = 128) String password) {}
