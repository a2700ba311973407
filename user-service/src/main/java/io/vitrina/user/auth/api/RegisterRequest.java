package io.vitrina.user.auth.api;

import io.vitrina.platform.validation.PlainText;
import io.vitrina.user.account.domain.EmailAddress;
import io.vitrina.user.credential.PasswordNotEmail;
import io.vitrina.user.credential.StrongPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new customer's account. The email is normalised on the way in. */
@PasswordNotEmail
@Schema(name = "RegisterRequest")
public record RegisterRequest(
    @NotBlank
        @Size(max = EmailAddress.MAX_LENGTH)
        @Pattern(regexp = EmailAddress.PATTERN, message = "must be an email address")
        @Schema(example = "ana@example.com")
        String email,
    @NotNull
        @StrongPassword
        @Schema(
            description =
                "12 to 128 characters, three of lower/upper/digit/symbol unless 16 or longer",
            example = "Correct-Horse-9-Battery")
        String password,
    @NotBlank @Size(max = 100) @PlainText @Schema(example = "Ana") String displayName)
    implements PasswordNotEmail.Credentials {

  public RegisterRequest {
    email = EmailAddress.normalize(email);
  }
}
