package io.vitrina.user.profile.api;

import io.vitrina.user.credential.StrongPassword;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The current password, as confirmation, and the new one. */
@Schema(name = "ChangePasswordRequest")
public record ChangePasswordRequest(
    @NotNull @Size(min = 1, max = 128) String currentPassword,
    @NotNull @StrongPassword String newPassword) {}
