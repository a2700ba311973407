package io.vitrina.user.testing;

import io.vitrina.user.token.domain.JwtSigner;
import io.vitrina.user.token.domain.KeyDirectory;
import io.vitrina.user.token.domain.SigningKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** A signer on a freshly generated key, for tests that need real tokens. */
public final class Keys {

  private Keys() {}

  public static JwtSigner signer(Clock clock) {
    try {
      Path folder = Files.createTempDirectory("vitrina-keys");
      SigningKeys keys;
      try {
        keys = new SigningKeys(new KeyDirectory(folder).load(true, clock), Optional.empty());
      } finally {
        // The keys are in memory now: no private key is left behind in the temporary folder.
        try (Stream<Path> files = Files.walk(folder)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(file);
          }
        }
      }
      return new JwtSigner(keys, "vitrina-user-service", Duration.ofMinutes(15), clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
