package io.vitrina.openshift;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an overlay creates in its namespace once applied, including what the operators generate from
 * their resources: pods and Services of each OpenLibertyApplication (named after it, labelled with
 * its labels and the operator's app.kubernetes.io ones) and of the ActiveMQArtemis broker (labels
 * ActiveMQArtemis and application, headless Service {@code <name>-hdls-svc}).
 */
final class Cluster {
  /** Pods of one workload: their labels and the ports they listen on, by name where named. */
  record Pods(String owner, Map<String, String> labels, Map<String, Integer> ports) {
    boolean matches(JsonNode selector) {
      return Cluster.matches(selector, labels);
    }
  }

  /** A Service: its ports by name, and the pods it sends to. */
  record Service(String name, Map<String, Integer> ports, Map<String, String> selector) {}

  static final int ARTEMIS_CONSOLE_PORT = 8161;

  final String overlay;
  final List<JsonNode> documents;

  Cluster(String overlay) {
    this.overlay = overlay;
    this.documents = Render.overlay(overlay);
  }

  List<JsonNode> all(String kind) {
    return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
  }

  Optional<JsonNode> find(String kind, String name) {
    return all(kind).stream().filter(d -> name.equals(name(d))).findFirst();
  }

  static String name(JsonNode document) {
    return document.path("metadata").path("name").asText();
  }

  String namespace() {
    return documents.get(0).path("metadata").path("namespace").asText();
  }

  List<JsonNode> applications() {
    return all("OpenLibertyApplication");
  }

  List<Pods> pods() {
    List<Pods> pods = new ArrayList<>();
    for (JsonNode app : applications()) {
      Map<String, String> labels = labels(app.path("metadata").path("labels"));
      labels.put("app.kubernetes.io/instance", name(app));
      labels.putIfAbsent("app.kubernetes.io/name", name(app));
      labels.put("app.kubernetes.io/managed-by", "open-liberty-operator");
      labels.put(
          "app.kubernetes.io/part-of", app.path("spec").path("applicationName").asText(name(app)));
      JsonNode service = app.path("spec").path("service");
      Map<String, Integer> ports = new LinkedHashMap<>();
      ports.put(service.path("portName").asText("http"), service.path("port").asInt(9443));
      pods.add(new Pods("OpenLibertyApplication/" + name(app), labels, ports));
    }
    for (JsonNode set : all("StatefulSet")) {
      JsonNode template = set.path("spec").path("template");
      Map<String, Integer> ports = new LinkedHashMap<>();
      for (JsonNode container : template.path("spec").path("containers")) {
        for (JsonNode port : container.path("ports")) {
          ports.put(
              port.path("name").asText(String.valueOf(port.path("containerPort").asInt())),
              port.path("containerPort").asInt());
        }
      }
      pods.add(
          new Pods(
              "StatefulSet/" + name(set), labels(template.path("metadata").path("labels")), ports));
    }
    for (JsonNode broker : all("ActiveMQArtemis")) {
      Map<String, String> labels = new LinkedHashMap<>();
      labels.put("ActiveMQArtemis", name(broker));
      labels.put("application", name(broker) + "-app");
      Map<String, Integer> ports = new LinkedHashMap<>();
      for (JsonNode acceptor : broker.path("spec").path("acceptors")) {
        ports.put(acceptor.path("name").asText(), acceptor.path("port").asInt());
      }
      ports.put("console-jolokia", ARTEMIS_CONSOLE_PORT);
      pods.add(new Pods("ActiveMQArtemis/" + name(broker), labels, ports));
    }
    return pods;
  }

  List<Service> services() {
    List<Service> services = new ArrayList<>();
    for (JsonNode service : all("Service")) {
      Map<String, Integer> ports = new LinkedHashMap<>();
      for (JsonNode port : service.path("spec").path("ports")) {
        ports.put(port.path("name").asText(), port.path("port").asInt());
      }
      services.add(
          new Service(name(service), ports, labels(service.path("spec").path("selector"))));
    }
    for (JsonNode app : applications()) {
      JsonNode service = app.path("spec").path("service");
      services.add(
          new Service(
              name(app),
              Map.of(service.path("portName").asText(), service.path("port").asInt()),
              Map.of("app.kubernetes.io/instance", name(app))));
    }
    for (Pods broker : pods()) {
      if (broker.owner().startsWith("ActiveMQArtemis/")) {
        String name = broker.labels().get("ActiveMQArtemis");
        services.add(new Service(name + "-hdls-svc", broker.ports(), broker.labels()));
      }
    }
    return services;
  }

  Optional<Service> service(String name) {
    return services().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  List<Pods> selected(JsonNode selector) {
    return pods().stream().filter(p -> p.matches(selector)).toList();
  }

  List<Pods> selected(Map<String, String> selector) {
    return pods().stream()
        .filter(p -> p.labels().entrySet().containsAll(selector.entrySet()))
        .toList();
  }

  /** The environment an application gets from its ConfigMaps (envFrom), by variable. */
  Map<String, String> configuredEnvironment(JsonNode app) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (JsonNode from : app.path("spec").path("envFrom")) {
      String name = from.path("configMapRef").path("name").asText(null);
      if (name != null) {
        find("ConfigMap", name)
            .ifPresent(
                c ->
                    c.path("data")
                        .fields()
                        .forEachRemaining(f -> environment.put(f.getKey(), f.getValue().asText())));
      }
    }
    for (JsonNode variable : app.path("spec").path("env")) {
      if (variable.has("value")) {
        environment.put(variable.path("name").asText(), variable.path("value").asText());
      }
    }
    return environment;
  }

  /** The variables an application gets from Secrets: variable to "secret/key". */
  static Map<String, String> secretEnvironment(JsonNode env) {
    Map<String, String> refs = new LinkedHashMap<>();
    for (JsonNode variable : env) {
      JsonNode ref = variable.path("valueFrom").path("secretKeyRef");
      if (!ref.isMissingNode()) {
        refs.put(
            variable.path("name").asText(),
            ref.path("name").asText() + "/" + ref.path("key").asText());
      }
    }
    return refs;
  }

  /** Every variable name an application's pods get. */
  Set<String> environmentNames(JsonNode app) {
    Set<String> names = new TreeSet<>(configuredEnvironment(app).keySet());
    app.path("spec").path("env").forEach(v -> names.add(v.path("name").asText()));
    return names;
  }

  static Map<String, String> labels(JsonNode node) {
    Map<String, String> labels = new LinkedHashMap<>();
    node.fields().forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
    return labels;
  }

  /** A LabelSelector (matchLabels and matchExpressions) against a set of labels. */
  static boolean matches(JsonNode selector, Map<String, String> labels) {
    for (var it = selector.path("matchLabels").fields(); it.hasNext(); ) {
      var entry = it.next();
      if (!entry.getValue().asText().equals(labels.get(entry.getKey()))) {
        return false;
      }
    }
    for (JsonNode expression : selector.path("matchExpressions")) {
      String value = labels.get(expression.path("key").asText());
      Set<String> values = new TreeSet<>();
      expression.path("values").forEach(v -> values.add(v.asText()));
      boolean ok =
          switch (expression.path("operator").asText()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
