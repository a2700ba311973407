package io.vitrina.openshift;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders an overlay with {@code kubectl kustomize}, as {@code oc apply -k} does, into documents.
 */
final class Render {
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final Map<Path, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

  private Render() {}

  /** The overlay's documents, rendered once per test run. */
  static List<JsonNode> overlay(String name) {
    return RENDERED.computeIfAbsent(Repository.overlay(name), Render::kustomize);
  }

  static List<JsonNode> kustomize(Path directory) {
    String kubectl =
        executable("kubectl")
            .orElseGet(
                () ->
                    fail(
                        "kubectl is not on the PATH: the openshift module renders its overlays with"
                            + " `kubectl kustomize` (kubectl 1.27 or newer; `oc kustomize` works too"
                            + " when linked as kubectl)"));
    try {
      Path output = Files.createTempFile("kustomize", ".yaml");
      Path errors = Files.createTempFile("kustomize", ".err");
      try {
        Process process =
            new ProcessBuilder(kubectl, "kustomize", directory.toString())
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          fail("kubectl kustomize " + directory + " did not finish in 2 minutes");
        }
        if (process.exitValue() != 0) {
          fail(
              "kubectl kustomize "
                  + directory
                  + " failed:\n"
                  + Files.readString(errors, StandardCharsets.UTF_8));
        }
        return parse(Files.readString(output, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(output);
        Files.deleteIfExists(errors);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The documents of a multi-document YAML text (empty documents dropped). */
  static List<JsonNode> parse(String yaml) {
    List<JsonNode> documents = new ArrayList<>();
    try (var parser = new YAMLFactory().createParser(yaml)) {
      var values = YAML.readValues(parser, JsonNode.class);
      while (values.hasNext()) {
        JsonNode document = values.next();
        if (document != null && !document.isNull() && !document.isMissingNode()) {
          documents.add(document);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  static List<JsonNode> parse(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Kind/name" of a document, for messages. */
  static String describe(JsonNode document) {
    return document.path("kind").asText("?")
        + "/"
        + document.path("metadata").path("name").asText("?");
  }

  private static Optional<String> executable(String name) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate.toString());
      }
    }
    return Optional.empty();
  }
}
