package io.vitrina.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceClientsTest {
  @TempDir Path dir;

  @Test
  void shouldWriteOneSecretFilePerClientNamedByItsId() throws IOException {
    ServiceClients clients = new ServiceClients(dir.resolve("service-clients"));

    String order = clients.secret("order-service");
    String support = clients.secret("support-service");

    assertEquals(order, Files.readString(dir.resolve("service-clients/order-service")));
    assertEquals(support, Files.readString(dir.resolve("service-clients/support-service")));
    assertNotEquals(order, support);
    assertTrue(order.length() >= 16, "long enough for user-service");
    try (Stream<Path> files = Files.list(dir.resolve("service-clients"))) {
      assertEquals(
          List.of("order-service", "support-service"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void shouldKeepASecretOnceGenerated() throws IOException {
    String first = new ServiceClients(dir).secret("order-service");

    assertEquals(first, new ServiceClients(dir).secret("order-service"));
  }

  @Test
  void shouldKeepASecretAnOperatorWrote() throws IOException {
    Files.writeString(dir.resolve("order-service"), "chosen-by-the-operator-1\n");

    assertEquals("chosen-by-the-operator-1", new ServiceClients(dir).secret("order-service"));
  }

  @Test
  void shouldKeepSecretsReadableByTheOwnerOnly() throws IOException {
    ServiceClients clients = new ServiceClients(dir.resolve("service-clients"));
    clients.secret("order-service");

    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(dir.resolve("service-clients/order-service"))));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(dir.resolve("service-clients"))));
  }

  @Test
  void shouldRefuseAnIdThatIsNoFileName() {
    ServiceClients clients = new ServiceClients(dir);
    assertThrows(IllegalArgumentException.class, () -> clients.secret("../escape"));
    assertThrows(IllegalArgumentException.class, () -> clients.secret("Order Service"));
  }
}
