package io.vitrina.user.profile.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The password, confirming that the account is to be erased. */
@Schema(name = "ErasureRequest")
public record ErasureRequest(@NotNull @Size(min = 1, max = 128) String password) {}
