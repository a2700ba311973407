package io.vitrina.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

/**
 * The service clients' directory user-service reads ({@code VITRINA_SERVICE_CLIENTS_DIR}): one file
 * per calling service, named by its client id and holding its secret, the same layout as the
 * Kubernetes Secret mounted in production. A secret is generated once and kept, so a running
 * user-service and a restarted caller keep agreeing on it.
 */
final class ServiceClients {
  /** What user-service accepts as a client id. */
  static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  static final String DIRECTORY_PROPERTY = "vitrina.service-clients.dir";

  private final Path directory;

  ServiceClients(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
  }

  Path directory() {
    return directory;
  }

  /** The Maven property a client's secret is published under. */
  static String secretProperty(String clientId) {
    return "vitrina.service-client." + clientId + ".secret";
  }

  /**
   * The secret of {@code clientId}: the one its file holds, or a new random one written (owner
   * only, in one atomic step, so user-service never reads half a file) when there is none.
   */
  String secret(String clientId) throws IOException {
    if (!CLIENT_ID.matcher(clientId).matches()) {
      throw new IllegalArgumentException(
          "Service client id '" + clientId + "' does not match " + CLIENT_ID.pattern());
    }
    Path file = directory.resolve(clientId);
    if (Files.exists(file)) {
      String existing = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (!existing.isEmpty()) {
        return existing;
      }
    }
    createPrivateDirectory();
    String secret = Credentials.generatePassword();
    Path temporary =
        Files.createTempFile(
            directory,
            ".new-" + clientId,
            ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(temporary, secret, StandardCharsets.UTF_8);
    try {
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return secret;
  }

  private void createPrivateDirectory() throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    Files.createDirectories(directory.getParent());
    try {
      Files.createDirectory(
          directory,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (FileAlreadyExistsException raced) {
      // Another build step created it a moment ago: fine.
    }
  }
}
