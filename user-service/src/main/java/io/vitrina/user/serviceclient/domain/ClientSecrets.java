package io.vitrina.user.serviceclient.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The service clients of a directory: one regular file per client, named by the client id and
 * holding its secret (surrounding whitespace, such as a trailing newline, is not part of it).
 *
 * <p>The directory is read again at every {@link #verify}, which is what makes a rotated Secret
 * take effect without a restart: token requests come once per token lifetime per caller, so the
 * cost is a handful of small reads per few minutes. Names starting with a dot are skipped, which
 * covers the {@code ..data} symlink and the timestamped directories of a Kubernetes Secret volume;
 * the client files there are symlinks and are followed. A file that is not a usable client (a name
 * that is no client id, a secret shorter than {@value #MIN_SECRET_LENGTH} characters) is skipped
 * and reported once in the log.
 */
public final class ClientSecrets {

  /** Client ids as they appear in tokens and in logs: lower-case service names. */
  public static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /** Shorter secrets are refused: they could be guessed. */
  public static final int MIN_SECRET_LENGTH = 16;

  private static final Logger LOG = Logger.getLogger(ClientSecrets.class.getName());

  /** Compared when the client is unknown, so that an unknown id costs what a known one does. */
  private static final byte[] NO_SECRET = sha256("no client has this secret");

  private final Optional<Path> directory;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  /**
   * @param directory where the client files are; empty when no service client is configured
   */
  public ClientSecrets(Optional<Path> directory) {
    this.directory = directory;
  }

  public Optional<Path> directory() {
    return directory;
  }

  /**
   * Whether {@code clientId} is a configured client and one of {@code presented} is its secret.
   * Every candidate is hashed and compared with {@link MessageDigest#isEqual}, whether the client
   * exists or not, so the answer takes the same time either way and reveals nothing of the secret.
   *
   * @param presented the secret as sent; more than one when its encoding is ambiguous
   */
  public boolean verify(String clientId, Collection<String> presented) {
    byte[] expected = load().getOrDefault(clientId, NO_SECRET);
    boolean known = expected != NO_SECRET;
    boolean matched = false;
    for (String candidate : presented) {
      // No short circuit: every candidate costs one hash and one comparison.
      matched |= MessageDigest.isEqual(expected, sha256(candidate));
    }
    return known && matched;
  }

  /** The configured client ids, for the start-up log. */
  public Set<String> clientIds() {
    return load().keySet();
  }

  /** Client id to the SHA-256 of its secret, as the directory holds them now. */
  Map<String, byte[]> load() {
    if (directory.isEmpty() || !Files.isDirectory(directory.get())) {
      return Map.of();
    }
    Map<String, byte[]> clients = new HashMap<>();
    try (Stream<Path> entries = Files.list(directory.get())) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || !Files.isRegularFile(entry)) {
          continue;
        }
        if (!CLIENT_ID.matcher(name).matches()) {
          reportOnce(entry, "its name is not a client id (" + CLIENT_ID.pattern() + ")");
          continue;
        }
        read(entry).ifPresent(secret -> clients.put(name, sha256(secret)));
      }
    } catch (IOException e) {
      // Nobody is authenticated rather than the request failing with a 500.
      LOG.log(Level.WARNING, "Cannot list the service clients in " + directory.get(), e);
      return Map.of();
    }
    return clients;
  }

  private Optional<String> read(Path file) {
    String secret;
    try {
      secret = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      reportOnce(file, "it cannot be read: " + e);
      return Optional.empty();
    }
    if (secret.length() < MIN_SECRET_LENGTH) {
      reportOnce(file, "its secret is shorter than " + MIN_SECRET_LENGTH + " characters");
      return Optional.empty();
    }
    return Optional.of(secret);
  }

  private void reportOnce(Path file, String problem) {
    if (reported.add(file.getFileName() + ": " + problem)) {
      LOG.warning(() -> "Service client file " + file + " is ignored: " + problem);
    }
  }

  static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
    }
  }
}
