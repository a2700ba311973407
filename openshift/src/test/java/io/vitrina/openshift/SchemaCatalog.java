package io.vitrina.openshift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API schemas a rendered document is validated against, by apiVersion and kind: Kubernetes 1.33
 * (its OpenAPI v2 definitions), the operators' CRDs (OpenLibertyApplication, Route,
 * ActiveMQArtemis(Address), ServiceMonitor), all kept under {@code k8s-schemas/} with their
 * provenance, and, for the kinds with no published schema in that set, the small structural schemas
 * under {@code structural-schemas/} written for this project.
 *
 * <p>Validation is strict: an object schema that lists its properties rejects any other one (an API
 * server would drop or refuse it; here it is a typo), unless the schema says {@code
 * x-kubernetes-preserve-unknown-fields}. The Kubernetes definitions of IntOrString and Quantity are
 * widened to what the API server accepts (a number or a string).
 */
final class SchemaCatalog {
  static final String SCHEMAS = "k8s-schemas/";
  static final String STRUCTURAL = "structural-schemas/";
  static final String SWAGGER = "k8s-1.33-swagger.json";
  static final List<String> CRDS =
      List.of(
          "openlibertyapplications-1.6.2.crd.yaml",
          "routes-ocp4.20.crd.yaml",
          "activemqartemises-v2.1.7.crd.yaml",
          "activemqartemisaddresses-v2.1.7.crd.yaml",
          "servicemonitors.crd.yaml");

  /** The kinds with no schema in k8s-schemas, checked structurally: apiVersion/kind to file. */
  static final Map<String, String> STRUCTURAL_SCHEMAS =
      Map.of(
          "build.openshift.io/v1/BuildConfig", "buildconfig.json",
          "image.openshift.io/v1/ImageStream", "imagestream.json",
          "tekton.dev/v1/Pipeline", "pipeline.json",
          "monitoring.coreos.com/v1/PrometheusRule", "prometheusrule.json");

  /** Where a kind's schema comes from. */
  enum Source {
    KUBERNETES,
    CRD,
    STRUCTURAL
  }

  private record Entry(Source source, JsonNode schema) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();
  private static SchemaCatalog instance;

  private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

  private final Map<String, Entry> entries = new HashMap<>();
  private JsonNode objectMeta;
  private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
  private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();

  static synchronized SchemaCatalog get() {
    if (instance == null) {
      instance = new SchemaCatalog();
    }
    return instance;
  }

  private SchemaCatalog() {
    loadKubernetes();
    CRDS.forEach(this::loadCrd);
    STRUCTURAL_SCHEMAS.forEach(
        (key, file) ->
            entries.put(key, new Entry(Source.STRUCTURAL, strict(json(STRUCTURAL + file)))));
  }

  /**
   * The apiVersion/kind key of a document, e.g. {@code apps/v1/StatefulSet}, {@code v1/Service}.
   */
  static String key(JsonNode document) {
    return document.path("apiVersion").asText() + "/" + document.path("kind").asText();
  }

  Optional<Source> source(JsonNode document) {
    return Optional.ofNullable(entries.get(key(document))).map(Entry::source);
  }

  /** What is wrong with the document; empty when it is valid. */
  List<String> validate(JsonNode document) {
    String key = key(document);
    Entry entry = entries.get(key);
    if (entry == null) {
      return List.of(
          Render.describe(document)
              + ": no schema for apiVersion/kind "
              + key
              + " (add the CRD to k8s-schemas or a structural schema)");
    }
    JsonSchema schema = compiled.computeIfAbsent(key, k -> factory.getSchema(entry.schema, config));
    List<String> problems = new ArrayList<>();
    schema.validate(document).stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .forEach(m -> problems.add(Render.describe(document) + ": " + m));
    // The API server reads every object's metadata as an ObjectMeta, custom resources' too.
    if (entry.source != Source.KUBERNETES && document.has("metadata")) {
      JsonSchema meta =
          compiled.computeIfAbsent("metadata", k -> factory.getSchema(objectMeta, config));
      meta.validate(document.get("metadata")).stream()
          .map(ValidationMessage::getMessage)
          .sorted()
          .forEach(m -> problems.add(Render.describe(document) + ": metadata: " + m));
    }
    return problems;
  }

  private void loadKubernetes() {
    JsonNode swagger = json(SCHEMAS + SWAGGER);
    ObjectNode definitions = (ObjectNode) swagger.get("definitions").deepCopy();
    ObjectNode intOrString = JsonNodeFactory.instance.objectNode();
    intOrString.putArray("type").add("integer").add("string");
    definitions.set("io.k8s.apimachinery.pkg.util.intstr.IntOrString", intOrString);
    ObjectNode quantity = JsonNodeFactory.instance.objectNode();
    quantity.putArray("type").add("string").add("number");
    definitions.set("io.k8s.apimachinery.pkg.api.resource.Quantity", quantity);
    definitions.forEach(SchemaCatalog::strict);
    ObjectNode meta = JsonNodeFactory.instance.objectNode();
    meta.put("$ref", "#/definitions/" + OBJECT_META);
    meta.set("definitions", definitions);
    objectMeta = meta;
    for (Iterator<Map.Entry<String, JsonNode>> it = definitions.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> definition = it.next();
      for (JsonNode gvk : definition.getValue().path("x-kubernetes-group-version-kind")) {
        String group = gvk.path("group").asText();
        String apiVersion = (group.isEmpty() ? "" : group + "/") + gvk.path("version").asText();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$ref", "#/definitions/" + definition.getKey());
        root.set("definitions", definitions);
        entries.put(
            apiVersion + "/" + gvk.path("kind").asText(), new Entry(Source.KUBERNETES, root));
      }
    }
  }

  private void loadCrd(String file) {
    JsonNode crd = yaml(SCHEMAS + file);
    JsonNode spec = crd.path("spec");
    String group = spec.path("group").asText();
    String kind = spec.path("names").path("kind").asText();
    for (JsonNode version : spec.path("versions")) {
      if (version.path("served").asBoolean(false)) {
        JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
        entries.put(
            group + "/" + version.path("name").asText() + "/" + kind,
            new Entry(Source.CRD, strict(schema)));
      }
    }
  }

  /**
   * Closes every object schema that lists its properties (recursively), in place; returns it. A
   * schema that sets additionalProperties, or preserves unknown fields, is left as it is.
   */
  static JsonNode strict(JsonNode schema) {
    if (!(schema instanceof ObjectNode node)) {
      return schema;
    }
    // Some CRDs carry empty keywords (anyOf: null) that the API server ignores.
    List<String> empty = new ArrayList<>();
    node.fields()
        .forEachRemaining(
            field -> {
              if (field.getValue().isNull()) {
                empty.add(field.getKey());
              }
            });
    node.remove(empty);
    JsonNode properties = node.get("properties");
    if (properties instanceof ObjectNode) {
      properties.forEach(SchemaCatalog::strict);
      if (!node.has("additionalProperties")
          && !node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
        node.put("additionalProperties", false);
      }
    }
    JsonNode additional = node.get("additionalProperties");
    if (additional != null && additional.isObject()) {
      strict(additional);
    }
    JsonNode items = node.get("items");
    if (items != null) {
      if (items.isArray()) {
        items.forEach(SchemaCatalog::strict);
      } else {
        strict(items);
      }
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      if (node.get(combinator) instanceof ArrayNode alternatives) {
        alternatives.forEach(SchemaCatalog::strict);
      }
    }
    if (node.has("not")) {
      strict(node.get("not"));
    }
    if (node.get("definitions") instanceof ObjectNode definitions) {
      definitions.forEach(SchemaCatalog::strict);
    }
    return node;
  }

  private static JsonNode json(String resource) {
    return read(JSON, resource);
  }

  private static JsonNode yaml(String resource) {
    return read(YAML, resource);
  }

  private static JsonNode read(ObjectMapper mapper, String resource) {
    try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + resource);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
