package io.vitrina.openshift;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the tests find the repository: its root, openshift/, the services and the Liberty build.
 */
final class Repository {
  static final List<String> SERVICES =
      List.of("user-service", "catalog-service", "order-service", "support-service");
  static final List<String> OVERLAYS = List.of("dev", "prod");

  private Repository() {}

  static Path root() {
    String root = System.getProperty("vitrina.root");
    Path path = root == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(root);
    if (!Files.isRegularFile(path.resolve("openshift/base/kustomization.yaml"))) {
      fail("Not the Vitrina repository root: " + path + " (set -Dvitrina.root)");
    }
    return path;
  }

  static Path openshift() {
    return root().resolve("openshift");
  }

  /** The committed test resources (not their copy in target/, which keeps deleted files). */
  static Path testResources() {
    return openshift().resolve("src/test/resources");
  }

  static Path overlay(String name) {
    return openshift().resolve("overlays").resolve(name);
  }

  static Path service(String name) {
    return root().resolve(name);
  }

  /** The Liberty install the build assembles its servers in and the integration tests start. */
  static Path wlp() {
    String home = System.getProperty("vitrina.wlp.home");
    return home == null ? root().resolve("target/liberty/wlp") : Path.of(home);
  }

  /** A service's own server.xml, as its build copies it into the server. */
  static Path serverXml(String service) {
    return service(service).resolve("src/main/liberty/config/server.xml");
  }

  static Path sharedServerXml() {
    return root().resolve("liberty-config/src/main/liberty/config/vitrina.xml");
  }
}
