package io.vitrina.openshift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every overlay renders, and every document it renders is valid, strictly, against the API schemas
 * kept in {@code k8s-schemas/} (or the structural schemas for kinds without one); and the check is
 * shown to fail on broken manifests: fixtures with a misspelled key or a missing required field,
 * and every rendered document with one of its keys misspelled.
 */
class ManifestValidationTest {
  private static final SchemaCatalog SCHEMAS = SchemaCatalog.get();

  /** What each broken fixture gets wrong, as it must appear in the validator's messages. */
  private static final Map<String, String> BROKEN =
      Map.ofEntries(
          Map.entry("ola-misspelled-key.yaml", "aplicationImage"),
          Map.entry("ola-probe-typo.yaml", "paht"),
          Map.entry("statefulset-without-selector.yaml", "selector"),
          Map.entry("container-without-name.yaml", "name"),
          Map.entry("statefulset-container-typo.yaml", "readinesProbe"),
          Map.entry("ola-secret-ref-typo.yaml", "nme"),
          Map.entry("networkpolicy-typo.yaml", "matchLabel"),
          Map.entry("route-tls-typo.yaml", "terminaton"),
          Map.entry("metadata-typo.yaml", "label"),
          Map.entry("artemis-typo.yaml", "persistenceEnable"),
          Map.entry("servicemonitor-without-endpoints.yaml", "endpoints"),
          Map.entry("pdb-typo.yaml", "maxUnavailble"),
          Map.entry("buildconfig-typo.yaml", "dockerFilePath"),
          Map.entry("imagestream-typo.yaml", "locale"),
          Map.entry("pipeline-task-without-steps.yaml", "runafter"),
          Map.entry("prometheusrule-without-expr.yaml", "expr"),
          Map.entry("unknown-kind.yaml", "no schema"));

  /** A field each of these kinds requires, as a JSON pointer: removing it must fail the check. */
  private static final Map<String, String> REQUIRED =
      Map.of(
          "OpenLibertyApplication", "/spec/applicationImage",
          "StatefulSet", "/spec/selector",
          "Route", "/spec/to",
          "ServiceMonitor", "/spec/endpoints",
          "BuildConfig", "/spec/strategy",
          "Pipeline", "/spec/tasks",
          "PrometheusRule", "/spec/groups",
          "RoleBinding", "/roleRef",
          "Service", "/spec/ports/0/port",
          "NetworkPolicy", "/spec/podSelector");

  @TestFactory
  Stream<DynamicTest> everyRenderedDocumentIsValidAgainstItsSchema() {
    return Repository.OVERLAYS.stream()
        .flatMap(
            overlay ->
                Render.overlay(overlay).stream()
                    .map(
                        document ->
                            dynamicTest(
                                overlay + " " + Render.describe(document),
                                () -> assertValid(document))));
  }

  @TestFactory
  Stream<DynamicTest> everyOverlayDeploysTheWholeSystem() {
    Map<String, Integer> expected = new TreeMap<>();
    expected.put("OpenLibertyApplication", 4);
    expected.put("Route", 4);
    expected.put("StatefulSet", 4);
    expected.put("ActiveMQArtemis", 1);
    expected.put("ImageStream", 4);
    expected.put("BuildConfig", 4);
    expected.put("Pipeline", 1);
    expected.put("PrometheusRule", 1);
    return Repository.OVERLAYS.stream()
        .map(
            overlay ->
                dynamicTest(
                    overlay,
                    () -> {
                      Map<String, Long> kinds =
                          Render.overlay(overlay).stream()
                              .collect(
                                  Collectors.groupingBy(
                                      d -> d.path("kind").asText(), Collectors.counting()));
                      expected.forEach(
                          (kind, count) ->
                              assertEquals(
                                  count.longValue(),
                                  kinds.getOrDefault(kind, 0L),
                                  overlay + ": " + kind + "s"));
                      Set<String> namespaces =
                          Render.overlay(overlay).stream()
                              .map(d -> d.path("metadata").path("namespace").asText())
                              .collect(Collectors.toSet());
                      assertEquals(1, namespaces.size(), overlay + ": one namespace");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> brokenFixturesAreRejected() throws IOException {
    Path directory = Repository.testResources().resolve("fixtures/broken");
    Set<String> files;
    try (Stream<Path> list = Files.list(directory)) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(BROKEN.keySet(), files, "every broken fixture says what it breaks");
    return files.stream()
        .map(
            file ->
                dynamicTest(
                    file,
                    () -> {
                      List<String> problems = new ArrayList<>();
                      Render.parse(directory.resolve(file))
                          .forEach(d -> problems.addAll(SCHEMAS.validate(d)));
                      assertFalse(problems.isEmpty(), file + " was accepted");
                      assertTrue(
                          problems.stream().anyMatch(p -> p.contains(BROKEN.get(file))),
                          file + ": no message names " + BROKEN.get(file) + ": " + problems);
                    }));
  }

  /** Each rendered document with a key misspelled at the top, in its metadata and in its spec. */
  @TestFactory
  Stream<DynamicTest> aMisspelledKeyInAnyRenderedDocumentIsRejected() {
    Map<String, Function<ObjectNode, String>> mutations = new LinkedHashMap<>();
    mutations.put("top level", d -> misspellFirstKey(d, Set.of("apiVersion", "kind", "metadata")));
    mutations.put("metadata", d -> misspellFirstKey((ObjectNode) d.get("metadata"), Set.of()));
    mutations.put(
        "spec",
        d -> d.get("spec") instanceof ObjectNode spec ? misspellFirstKey(spec, Set.of()) : null);
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode document : Render.overlay("prod")) {
      mutations.forEach(
          (where, mutation) -> {
            ObjectNode copy = document.deepCopy();
            String misspelled = mutation.apply(copy);
            if (misspelled != null) {
              tests.add(
                  dynamicTest(
                      Render.describe(document) + " " + where + " " + misspelled,
                      () ->
                          assertFalse(
                              SCHEMAS.validate(copy).isEmpty(),
                              Render.describe(document) + " accepted " + misspelled)));
            }
          });
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aRemovedRequiredFieldIsRejected() {
    List<DynamicTest> tests = new ArrayList<>();
    Set<String> covered = new TreeSet<>();
    for (JsonNode document : Render.overlay("prod")) {
      String pointer = REQUIRED.get(document.path("kind").asText());
      if (pointer == null || document.at(pointer).isMissingNode()) {
        continue;
      }
      covered.add(document.path("kind").asText());
      ObjectNode copy = document.deepCopy();
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = copy.at(pointer.substring(0, slash));
      ((ObjectNode) parent).remove(pointer.substring(slash + 1));
      tests.add(
          dynamicTest(
              Render.describe(document) + " without " + pointer,
              () ->
                  assertFalse(
                      SCHEMAS.validate(copy).isEmpty(),
                      Render.describe(document) + " accepted without " + pointer)));
    }
    assertEquals(REQUIRED.keySet(), covered, "a rendered document of each kind was mutated");
    return tests.stream();
  }

  @Test
  void everyKindWithoutAPublishedSchemaHasAStructuralOne() {
    Set<String> structural = new TreeSet<>();
    for (String overlay : Repository.OVERLAYS) {
      for (JsonNode document : Render.overlay(overlay)) {
        SCHEMAS
            .source(document)
            .filter(s -> s == SchemaCatalog.Source.STRUCTURAL)
            .ifPresent(s -> structural.add(SchemaCatalog.key(document)));
      }
    }
    assertEquals(
        new TreeSet<>(SchemaCatalog.STRUCTURAL_SCHEMAS.keySet()),
        structural,
        "the structural schemas are exactly the kinds the overlays use without a published schema");
  }

  @Test
  void schemasAreTheFilesRecordedInTheirChecksums() throws Exception {
    Path directory = Repository.testResources().resolve(SchemaCatalog.SCHEMAS);
    Map<String, String> recorded = new TreeMap<>();
    for (String line : Files.readAllLines(directory.resolve("SHA256SUMS"))) {
      if (!line.isBlank()) {
        String[] parts = line.trim().split("\\s+", 2);
        recorded.put(parts[1].replaceFirst("^\\*", ""), parts[0]);
      }
    }
    Set<String> files;
    try (Stream<Path> list = Files.list(directory)) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("SHA256SUMS") && !n.equals("PROVENANCE.md"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(recorded.keySet(), files, "SHA256SUMS lists every schema file");
    for (Map.Entry<String, String> entry : recorded.entrySet()) {
      assertEquals(
          entry.getValue(), sha256(directory.resolve(entry.getKey())), entry.getKey() + " changed");
    }
    String provenance =
        Files.readString(directory.resolve("PROVENANCE.md"), StandardCharsets.UTF_8);
    files.forEach(
        file ->
            assertTrue(provenance.contains(file), "PROVENANCE.md says where " + file + " is from"));
  }

  private static void assertValid(JsonNode document) {
    List<String> problems = SCHEMAS.validate(document);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** Renames the first key not excluded to a misspelling of it; the new name, or null if none. */
  private static String misspellFirstKey(ObjectNode node, Set<String> excluded) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (!excluded.contains(name)) {
        String misspelled = name + "s";
        JsonNode value = node.remove(name);
        node.set(misspelled, value);
        return misspelled;
      }
    }
    return null;
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[65536];
      for (int read; (read = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
