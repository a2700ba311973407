package io.vitrina.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InfraEnvironmentTest {

  @Test
  void shouldStartEverythingEmbeddedWhenNothingIsSet() throws StackException {
    InfraEnvironment env = new InfraEnvironment(Map.of("PATH", "/usr/bin"));

    assertTrue(env.externalDatabase().isEmpty());
    assertTrue(env.externalBroker().isEmpty());
  }

  @Test
  void shouldTreatABlankHostAsUnset() throws StackException {
    InfraEnvironment env =
        new InfraEnvironment(Map.of("VITRINA_DB_HOST", " ", "VITRINA_BROKER_HOST", ""));

    assertTrue(env.externalDatabase().isEmpty());
    assertTrue(env.externalBroker().isEmpty());
  }

  @Test
  void shouldUseTheExternalDatabaseWithDefaults() throws StackException {
    InfraEnvironment env = new InfraEnvironment(Map.of("VITRINA_DB_HOST", "db.internal"));

    assertEquals(
        new InfraEnvironment.DatabaseServer("db.internal", 3306, "root", ""),
        env.externalDatabase().orElseThrow());
    assertTrue(env.externalBroker().isEmpty());
  }

  @Test
  void shouldUseTheExternalDatabaseAsConfigured() throws StackException {
    InfraEnvironment env =
        new InfraEnvironment(
            Map.of(
                "VITRINA_DB_HOST", "mysql",
                "VITRINA_DB_PORT", "13306",
                "VITRINA_DB_ADMIN_USER", "admin",
                "VITRINA_DB_ADMIN_PASSWORD", "s3cret"));

    assertEquals(
        new InfraEnvironment.DatabaseServer("mysql", 13306, "admin", "s3cret"),
        env.externalDatabase().orElseThrow());
  }

  @Test
  void shouldUseTheExternalBrokerAsConfigured() throws StackException {
    InfraEnvironment env =
        new InfraEnvironment(
            Map.of(
                "VITRINA_BROKER_HOST", "artemis",
                "VITRINA_BROKER_USER", "app",
                "VITRINA_BROKER_PASSWORD", "pw"));

    assertEquals(
        new InfraEnvironment.Broker("artemis", 61616, "app", "pw"),
        env.externalBroker().orElseThrow());
    assertTrue(env.externalDatabase().isEmpty());
  }

  @Test
  void shouldRejectAPortThatIsNotOne() {
    InfraEnvironment env =
        new InfraEnvironment(Map.of("VITRINA_DB_HOST", "mysql", "VITRINA_DB_PORT", "mysql"));
    InfraEnvironment outOfRange =
        new InfraEnvironment(Map.of("VITRINA_BROKER_HOST", "b", "VITRINA_BROKER_PORT", "70000"));

    StackException e = assertThrows(StackException.class, env::externalDatabase);
    assertTrue(e.getMessage().contains("VITRINA_DB_PORT"), e.getMessage());
    assertThrows(StackException.class, outOfRange::externalBroker);
  }
}
