package io.vitrina.openshift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each service's Containerfile builds its image from the server package its Maven build leaves in
 * target/ (the server the integration tests start), on the official Open Liberty image of the
 * runtime version the build uses, and copies only what that package holds.
 */
class ContainerfileTest {
  static final String IMAGE = "icr.io/appcafe/open-liberty";
  static final String PACKAGE_ROOT = "/tmp/package/";
  private static final Pattern ARG_IMAGE = Pattern.compile("ARG LIBERTY_IMAGE=(\\S+)");
  private static final Pattern COPY_FROM_PACKAGE =
      Pattern.compile("COPY --from=package (?:--chown=\\S+ )?(\\S+) (\\S+)");
  private static final Pattern ADD = Pattern.compile("ADD (?:--chown=\\S+ )?(\\S+) (\\S+)");

  @TestFactory
  Stream<DynamicTest> theBaseImageIsOpenLibertyKernelSlimOfTheBuildsRuntimeVersion() {
    String version = System.getProperty("vitrina.openliberty.version");
    assertNotNull(version, "vitrina.openliberty.version is set by the pom");
    return Repository.SERVICES.stream()
        .map(
            service ->
                dynamicTest(
                    service,
                    () -> {
                      List<String> lines = instructions(service);
                      String image =
                          lines.stream()
                              .map(ARG_IMAGE::matcher)
                              .filter(Matcher::matches)
                              .map(m -> m.group(1))
                              .findFirst()
                              .orElseGet(() -> fail(service + ": no ARG LIBERTY_IMAGE"));
                      assertEquals(
                          IMAGE + ":" + version + "-kernel-slim-java17-openj9-ubi-minimal",
                          image,
                          service + ": the image of the runtime the build tests with");
                      List<String> froms =
                          lines.stream().filter(l -> l.startsWith("FROM ")).toList();
                      assertEquals(2, froms.size(), service + ": a package stage and the image");
                      froms.forEach(
                          from ->
                              assertTrue(
                                  from.startsWith("FROM ${LIBERTY_IMAGE}"), service + ": " + from));
                      int features = lines.indexOf("RUN features.sh");
                      int configure = lines.indexOf("RUN configure.sh");
                      assertTrue(features > 0, service + ": RUN features.sh");
                      assertTrue(
                          configure == lines.size() - 1, service + ": RUN configure.sh comes last");
                      int serverXml = indexOf(lines, "/config/", "server.xml");
                      assertTrue(
                          serverXml > 0 && serverXml < features,
                          service + ": server.xml is in place before features.sh reads it");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> theContainerfileCopiesTheServerPackageTheBuildProduces() {
    return Repository.SERVICES.stream()
        .map(service -> dynamicTest(service, () -> checkPackage(service)));
  }

  @TestFactory
  Stream<DynamicTest> theBuildContextKeepsThePackage() {
    return Repository.SERVICES.stream()
        .map(
            service ->
                dynamicTest(
                    service,
                    () -> {
                      List<String> ignore =
                          Files.readAllLines(
                              Repository.service(service).resolve(".containerignore"));
                      assertTrue(ignore.contains("*"), service + ": the context ignores the rest");
                      assertTrue(ignore.contains("!Containerfile"), service);
                      assertTrue(
                          ignore.contains("!target/" + service + "-usr.tar.gz"),
                          service + ": .containerignore keeps the server package");
                    }));
  }

  private static void checkPackage(String service) throws IOException {
    Path serverXml = Repository.serverXml(service);
    assumeTrue(
        Files.isRegularFile(serverXml),
        service
            + " assembles no Liberty server yet (no "
            + Repository.root().relativize(serverXml)
            + "): its image cannot be checked until it does");
    List<String> lines = instructions(service);
    List<String> adds =
        lines.stream().map(ADD::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
    assertEquals(List.of("target/" + service + "-usr.tar.gz"), adds, service + ": ADD sources");
    Path archive = Repository.service(service).resolve(adds.get(0));
    if (!Files.isRegularFile(archive)) {
      fail(
          archive
              + " does not exist: the service's build (./mvnw package) leaves it there; build the"
              + " service before this module");
    }
    TarArchive tar = TarArchive.read(archive);
    List<String> copied = new ArrayList<>();
    for (String line : lines) {
      Matcher copy = COPY_FROM_PACKAGE.matcher(line);
      if (copy.matches()) {
        String source = copy.group(1);
        assertTrue(source.startsWith(PACKAGE_ROOT), service + ": " + line);
        String entry = source.substring(PACKAGE_ROOT.length());
        assertTrue(tar.contains(entry), service + ": the server package has no " + entry);
        copied.add(entry);
      } else if (line.startsWith("COPY ")) {
        fail(service + ": copies from outside the server package: " + line);
      }
    }
    String server = "wlp/usr/servers/" + service + "/";
    assertTrue(copied.contains(server + "server.xml"), service + ": copies its server.xml");
    assertTrue(copied.contains(server + "apps/"), service + ": copies its application");
    assertTrue(
        copied.contains("wlp/usr/shared/config/vitrina.xml"), service + ": the shared config");
    assertTrue(copied.contains("wlp/usr/shared/resources/"), service + ": the shared resources");
    assertTrue(
        copied.stream().noneMatch(c -> c.endsWith("server.env") || c.contains("vitrina-test")),
        service + ": no generated keystore password, no test configuration in the image");

    assertArrayEquals(
        Files.readAllBytes(serverXml),
        tar.file(server + "server.xml"),
        service + ": the package's server.xml is the service's");
    assertArrayEquals(
        Files.readAllBytes(Repository.sharedServerXml()),
        tar.file("wlp/usr/shared/config/vitrina.xml"),
        service + ": the package's vitrina.xml is liberty-config's");
    byte[] war = tar.file(server + "apps/" + service + ".war");
    assertNotNull(war, service + ": the package holds " + service + ".war");
    assertArrayEquals(
        Files.readAllBytes(Repository.service(service).resolve("target/" + service + ".war")),
        war,
        service + ": the package's application is the war this build made");
    Path started = Repository.wlp().resolve("usr/servers/" + service + "/apps/" + service + ".war");
    assertArrayEquals(
        Files.readAllBytes(started),
        war,
        service + ": the package's application is the one the tests start in " + started);
  }

  /** The Containerfile's instructions, continuation lines joined, comments and blanks dropped. */
  static List<String> instructions(String service) throws IOException {
    Path file = Repository.service(service).resolve("Containerfile");
    assertTrue(Files.isRegularFile(file), service + " has a Containerfile");
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : Files.readAllLines(file)) {
      String line = raw.strip();
      if (line.startsWith("#") || (line.isEmpty() && current.length() == 0)) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      current.append(line);
      instructions.add(current.toString().replaceAll("\\s+", " ").strip());
      current.setLength(0);
    }
    return instructions;
  }

  private static int indexOf(List<String> lines, String target, String source) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).endsWith(" " + target) && lines.get(i).contains(source + " ")) {
        return i;
      }
    }
    return -1;
  }
}
