package io.vitrina.user.testing;

import io.vitrina.user.token.domain.JwtSigner;
import io.vitrina.user.token.domain.KeyDirectory;
import io.vitrina.user.token.domain.SigningKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** A signer on a freshly generated key, for tests that need real tokens. */
public final class Keys {

  private Keys() {}

  public static JwtSigner signer(Clock clock) {
    try {
      KeyDirectory directory = new KeyDirectory(Files.createTempDirectory("vitrina-keys"));
      SigningKeys keys = new SigningKeys(directory.load(true, clock), Optional.empty());
      return new JwtSigner(keys, "vitrina-user-service", Duration.ofMinutes(15), clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
