package io.vitrina.user.serviceclient.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSecretsTest {

  private static final String SECRET = "k3y-Of-order-service-0123";

  @TempDir Path directory;

  @Test
  void shouldAcceptTheSecretOfItsFileAndNothingElse() throws IOException {
    Files.writeString(directory.resolve("order-service"), SECRET + "\n");
    ClientSecrets secrets = new ClientSecrets(Optional.of(directory));

    assertTrue(secrets.verify("order-service", List.of(SECRET)));
    assertFalse(secrets.verify("order-service", List.of(SECRET + "x")));
    assertFalse(secrets.verify("order-service", List.of(SECRET + "\n")));
    assertFalse(secrets.verify("support-service", List.of(SECRET)));
  }

  @Test
  void shouldAcceptWhenAnyCandidateMatches() throws IOException {
    Files.writeString(directory.resolve("order-service"), SECRET);
    ClientSecrets secrets = new ClientSecrets(Optional.of(directory));

    assertTrue(secrets.verify("order-service", List.of("wrong-one-of-two-xx", SECRET)));
    assertFalse(secrets.verify("order-service", List.of()));
  }

  @Test
  void shouldSeeARotatedSecretAtTheNextVerification() throws IOException {
    Files.writeString(directory.resolve("order-service"), SECRET);
    ClientSecrets secrets = new ClientSecrets(Optional.of(directory));
    assertTrue(secrets.verify("order-service", List.of(SECRET)));

    Path next = Files.writeString(directory.resolve(".next"), "the-rotated-secret-456");
    Files.move(next, directory.resolve("order-service"), StandardCopyOption.REPLACE_EXISTING);

    assertFalse(secrets.verify("order-service", List.of(SECRET)));
    assertTrue(secrets.verify("order-service", List.of("the-rotated-secret-456")));
  }

  @Test
  void shouldReadAKubernetesSecretVolumeThroughItsSymlinks() throws IOException {
    // What the kubelet mounts: a timestamped directory, ..data pointing at it, links to ..data.
    Path version = Files.createDirectory(directory.resolve("..2026_11_29_10_00_00.000000001"));
    Files.writeString(version.resolve("order-service"), SECRET);
    Files.createSymbolicLink(directory.resolve("..data"), version.getFileName());
    Files.createSymbolicLink(
        directory.resolve("order-service"), Path.of("..data").resolve("order-service"));
    ClientSecrets secrets = new ClientSecrets(Optional.of(directory));

    assertEquals(Set.of("order-service"), secrets.clientIds());
    assertTrue(secrets.verify("order-service", List.of(SECRET)));
  }

  @Test
  void shouldSkipHiddenFilesDirectoriesBadNamesAndShortSecrets() throws IOException {
    Files.writeString(directory.resolve(".hidden"), SECRET);
    Files.createDirectory(directory.resolve("a-directory"));
    Files.writeString(directory.resolve("Not_A_Client_Id"), SECRET);
    Files.writeString(directory.resolve("short-secret"), "too-short");
    Files.writeString(directory.resolve("empty"), "\n");
    Files.writeString(directory.resolve("support-service"), SECRET);
    ClientSecrets secrets = new ClientSecrets(Optional.of(directory));

    assertEquals(Set.of("support-service"), secrets.clientIds());
    assertFalse(secrets.verify(".hidden", List.of(SECRET)));
    assertFalse(secrets.verify("short-secret", List.of("too-short")));
  }

  @Test
  void shouldHaveNoClientsWithoutADirectory() {
    assertEquals(Set.of(), new ClientSecrets(Optional.empty()).clientIds());
    ClientSecrets missing = new ClientSecrets(Optional.of(directory.resolve("missing")));
    assertEquals(Set.of(), missing.clientIds());
    assertFalse(missing.verify("order-service", List.of(SECRET)));
  }
}
