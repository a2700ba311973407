package io.vitrina.user.token.domain;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/** Reads signing keys from a directory of PEM files, and creates the first one when asked to. */
public final class KeyDirectory {
  /** PKCS#8 PEM armour (built from parts: this file holds no key, only the format's markers). */
  static final String PEM_BEGIN = "-----BEGIN " + "PRIVATE KEY-----";

  static final String PEM_END = "-----END " + "PRIVATE KEY-----";

  static final String SUFFIX = ".pem";
  static final int KEY_SIZE = 2048;

  /** File names sort by creation time: the newest key is the last. */
  private static final DateTimeFormatter FILE_NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Path directory;

  public KeyDirectory(Path directory) {
    this.directory = directory;
  }

  /**
   * The keys of the directory, oldest first by file name, with kids set to their thumbprints.
   *
   * @param generate whether to create a key when the directory has none
   * @throws IllegalStateException when there is no key and none may be generated, or a file is not
   *     an RSA private key
   */
  public List<RSAKey> load(boolean generate, Clock clock) {
    List<Path> files = pemFiles();
    if (files.isEmpty()) {
      if (!generate) {
        throw new IllegalStateException(
            "No JWT signing key (*.pem, PKCS#8 RSA private key) in "
                + directory
                + " and vitrina.jwt.keys.generate is false: mount the signing keys there or set"
                + " VITRINA_JWT_KEYS_DIR");
      }
      generate(clock);
      files = pemFiles();
    }
    List<RSAKey> keys = new ArrayList<>();
    for (Path file : files) {
      keys.add(read(file));
    }
    return keys;
  }

  /** Creates a new 2048-bit key file readable by the owner only; its path. */
  public Path generate(Clock clock) {
    try {
      Files.createDirectories(directory);
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_SIZE);
      byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
      String pem =
          PEM_BEGIN
              + "\n"
              + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                  .encodeToString(pkcs8)
              + "\n"
              + PEM_END
              + "\n";
      Path file = directory.resolve(FILE_NAME.format(clock.instant()) + "-rsa" + SUFFIX);
      createOwnerOnly(file);
      Files.writeString(file, pem, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a signing key in " + directory, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation is not available", e);
    }
  }

  private static void createOwnerOnly(Path file) throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("Signing key file " + file + " exists already", e);
    }
  }

  /** Reads one PKCS#8 PEM RSA private key and derives its public half. */
  static RSAKey read(Path file) {
    try {
      String pem = Files.readString(file, StandardCharsets.US_ASCII);
      if (!pem.contains(PEM_BEGIN)) {
        throw new IllegalStateException(
            file + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
      }
      String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      RSAPrivateCrtKey privateKey =
          (RSAPrivateCrtKey)
              rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
      RSAPublicKey publicKey =
          (RSAPublicKey)
              rsa.generatePublic(
                  new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
      return new RSAKey.Builder(publicKey).privateKey(privateKey).keyIDFromThumbprint().build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read signing key " + file, e);
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      throw new IllegalStateException(file + " is not an RSA private key in PKCS#8 PEM", e);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot compute the thumbprint of " + file, e);
    }
  }

  private List<Path> pemFiles() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(SUFFIX))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list signing keys in " + directory, e);
    }
  }
}
