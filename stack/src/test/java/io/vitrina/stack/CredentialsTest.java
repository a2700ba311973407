package io.vitrina.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
  @TempDir Path dir;

  @Test
  void shouldReuseASecretAfterReloading() throws IOException {
    String first = Credentials.load(dir).secret("db.users.password");

    String again = Credentials.load(dir).secret("db.users.password");

    assertEquals(first, again);
  }

  @Test
  void shouldKeepTheFileReadableByTheOwnerOnly() throws IOException {
    Credentials.load(dir).secret("broker.password");

    Path file = dir.resolve(Credentials.FILE_NAME);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void shouldKeepEarlierSecretsWhenAddingOne() throws IOException {
    Credentials credentials = Credentials.load(dir);
    String users = credentials.secret("db.users.password");
    String broker = credentials.secret("broker.password");

    Credentials reloaded = Credentials.load(dir);

    assertEquals(users, reloaded.secret("db.users.password"));
    assertEquals(broker, reloaded.secret("broker.password"));
    assertNotEquals(users, broker);
  }

  @Test
  void shouldReadAPasswordSomeoneWroteIntoTheFile() throws IOException {
    Files.writeString(dir.resolve(Credentials.FILE_NAME), "db.users.password=Chosen-by-hand-1\n");

    assertEquals("Chosen-by-hand-1", Credentials.load(dir).secret("db.users.password"));
  }

  @Test
  void shouldGenerateANewSecretWhenTheFileWasLost() throws IOException {
    String first = Credentials.load(dir).secret("db.users.password");
    Files.delete(dir.resolve(Credentials.FILE_NAME));

    String second = Credentials.load(dir).secret("db.users.password");

    assertNotEquals(first, second);
  }

  @Test
  void shouldGeneratePasswordsThatPassAStrictPolicyAndNeedNoQuoting() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = Credentials.generatePassword();
      assertEquals(24, password.length());
      assertTrue(password.matches("[A-Za-z0-9._-]+"), password);
      assertTrue(password.chars().anyMatch(Character::isUpperCase), password);
      assertTrue(password.chars().anyMatch(Character::isLowerCase), password);
      assertTrue(password.chars().anyMatch(Character::isDigit), password);
      assertTrue(password.chars().anyMatch(c -> "._-".indexOf(c) >= 0), password);
      assertEquals(password, ProvisioningSql.password(password));
      seen.add(password);
    }
    assertEquals(200, seen.size());
  }
}
