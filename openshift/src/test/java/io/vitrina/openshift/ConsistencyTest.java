package io.vitrina.openshift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rendered manifests agree with each other and with the services: every reference resolves
 * (ConfigMaps, Secrets, Services, pods, images), each database is reachable from its own service
 * only, and ports, health paths, JMS addresses and environment variables are the ones the services'
 * Liberty configuration and the local run use.
 */
class ConsistencyTest {
  /**
   * What the local run ({@code stack}'s RunMojo) gives each service, which OpenShift must give too:
   * every service the shared variables, user-service its keys, admin and clients, each calling
   * service its client credentials.
   */
  static final Set<String> SHARED_ENVIRONMENT =
      Set.of(
          "HTTP_PORT",
          "HTTPS_PORT",
          "DB_HOST",
          "DB_PORT",
          "DB_NAME",
          "DB_USER",
          "DB_PASSWORD",
          "BROKER_HOST",
          "BROKER_PORT",
          "BROKER_USER",
          "BROKER_PASSWORD",
          "JWT_ISSUER",
          "JWT_JWKS_URI",
          "USER_SERVICE_URL",
          "CATALOG_SERVICE_URL",
          "ORDER_SERVICE_URL",
          "SUPPORT_SERVICE_URL");

  static final Set<String> USER_SERVICE_ENVIRONMENT =
      Set.of(
          "VITRINA_JWT_KEYS_DIR",
          "VITRINA_ADMIN_EMAIL",
          "VITRINA_ADMIN_PASSWORD",
          "VITRINA_SERVICE_CLIENTS_DIR");

  static final Set<String> CLIENT_ENVIRONMENT =
      Set.of("VITRINA_SERVICE_CLIENT_ID", "VITRINA_SERVICE_CLIENT_SECRET", "VITRINA_TOKEN_URI");

  static final Set<String> SERVICE_CLIENTS = Set.of("order-service", "support-service");

  private static final Pattern RUN_ENV = Pattern.compile("env\\.put\\(\"([A-Z_]+)\"");

  @TestFactory
  Stream<DynamicTest> everyConfigMapAndSecretAWorkloadNamesExists() {
    return perOverlay(
        (cluster, problems) -> {
          Map<String, Set<String>> scriptSecrets = SecretsScript.secrets();
          for (JsonNode document : cluster.documents) {
            String owner = Render.describe(document);
            JsonNode podSpec = podSpec(document);
            if (podSpec == null) {
              continue;
            }
            List<JsonNode> containers = new ArrayList<>();
            if (document.path("kind").asText().equals("OpenLibertyApplication")) {
              containers.add(podSpec);
            } else {
              podSpec.path("containers").forEach(containers::add);
              podSpec.path("initContainers").forEach(containers::add);
            }
            for (JsonNode container : containers) {
              for (JsonNode from : container.path("envFrom")) {
                if (from.has("configMapRef")) {
                  configMap(
                      cluster,
                      owner,
                      from.path("configMapRef").path("name").asText(),
                      null,
                      problems);
                }
                if (from.has("secretRef")) {
                  secret(
                      cluster,
                      scriptSecrets,
                      owner,
                      from.path("secretRef").path("name").asText(),
                      null,
                      problems);
                }
              }
              for (JsonNode variable : container.path("env")) {
                JsonNode cm = variable.path("valueFrom").path("configMapKeyRef");
                if (!cm.isMissingNode()) {
                  configMap(
                      cluster, owner, cm.path("name").asText(), cm.path("key").asText(), problems);
                }
                JsonNode s = variable.path("valueFrom").path("secretKeyRef");
                if (!s.isMissingNode()) {
                  secret(
                      cluster,
                      scriptSecrets,
                      owner,
                      s.path("name").asText(),
                      s.path("key").asText(),
                      problems);
                }
              }
            }
            for (JsonNode volume : podSpec.path("volumes")) {
              if (volume.has("configMap")) {
                configMap(
                    cluster, owner, volume.path("configMap").path("name").asText(), null, problems);
              }
              if (volume.has("secret")) {
                secret(
                    cluster,
                    scriptSecrets,
                    owner,
                    volume.path("secret").path("secretName").asText(),
                    null,
                    problems);
              }
            }
          }
          for (JsonNode broker : cluster.all("ActiveMQArtemis")) {
            for (String key :
                List.of("AMQ_USER", "AMQ_PASSWORD", "AMQ_CLUSTER_USER", "AMQ_CLUSTER_PASSWORD")) {
              secret(
                  cluster,
                  scriptSecrets,
                  Render.describe(broker),
                  Cluster.name(broker) + "-credentials-secret",
                  key,
                  problems);
            }
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> theSecretsScriptCreatesNoSecretNothingUses() {
    return perOverlay(
        (cluster, problems) -> {
          String rendered = cluster.documents.toString();
          for (String secret : SecretsScript.secrets().keySet()) {
            if (!rendered.contains("\"" + secret + "\"")
                && cluster.all("ActiveMQArtemis").stream()
                    .noneMatch(b -> secret.equals(Cluster.name(b) + "-credentials-secret"))) {
              problems.add("secrets.sh creates " + secret + ", which no manifest uses");
            }
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> everyRouteTargetsAServiceAndPortThatExist() {
    return perOverlay(
        (cluster, problems) -> {
          for (JsonNode route : cluster.all("Route")) {
            JsonNode to = route.path("spec").path("to");
            String target = to.path("name").asText();
            var service = cluster.service(target);
            if (!"Service".equals(to.path("kind").asText()) || service.isEmpty()) {
              problems.add(Render.describe(route) + " targets " + to + ", which does not exist");
              continue;
            }
            String port = route.path("spec").path("port").path("targetPort").asText();
            if (!service.get().ports().containsKey(port)
                && !service
                    .get()
                    .ports()
                    .containsValue(route.path("spec").path("port").path("targetPort").asInt(-1))) {
              problems.add(
                  Render.describe(route)
                      + " targets port "
                      + port
                      + " of "
                      + target
                      + ", which has "
                      + service.get().ports());
            }
            if (!"edge".equals(route.path("spec").path("tls").path("termination").asText())) {
              problems.add(Render.describe(route) + " is not TLS edge terminated");
            }
            if (cluster.selected(service.get().selector()).isEmpty()) {
              problems.add(Render.describe(route) + ": Service " + target + " selects no pods");
            }
          }
          Set<String> routed =
              cluster.all("Route").stream()
                  .map(r -> r.path("spec").path("to").path("name").asText())
                  .collect(Collectors.toSet());
          cluster
              .applications()
              .forEach(
                  app -> {
                    if (!routed.contains(Cluster.name(app))) {
                      problems.add(Render.describe(app) + " has no Route");
                    }
                  });
        });
  }

  @TestFactory
  Stream<DynamicTest> everyNetworkPolicySelectsPodsThatExistOnPortsTheyOpen() {
    return perOverlay(
        (cluster, problems) -> {
          for (JsonNode policy : cluster.all("NetworkPolicy")) {
            String name = Render.describe(policy);
            List<Cluster.Pods> selected = cluster.selected(policy.path("spec").path("podSelector"));
            if (selected.isEmpty()) {
              problems.add(name + " selects no pod");
              continue;
            }
            for (JsonNode rule : policy.path("spec").path("ingress")) {
              for (JsonNode peer : rule.path("from")) {
                if (peer.has("podSelector")
                    && !peer.has("namespaceSelector")
                    && cluster.selected(peer.path("podSelector")).isEmpty()) {
                  problems.add(
                      name + " admits pods " + peer.path("podSelector") + ", which do not exist");
                }
              }
              for (JsonNode port : rule.path("ports")) {
                for (Cluster.Pods pods : selected) {
                  if (!pods.ports().containsValue(port.path("port").asInt())
                      && !pods.ports().containsKey(port.path("port").asText())) {
                    problems.add(
                        name
                            + " opens port "
                            + port.path("port").asText()
                            + ", on which "
                            + pods.owner()
                            + " does not listen");
                  }
                }
              }
            }
          }
          for (Cluster.Pods pods : cluster.pods()) {
            boolean guarded =
                cluster.all("NetworkPolicy").stream()
                    .anyMatch(p -> pods.matches(p.path("spec").path("podSelector")));
            if (!guarded) {
              problems.add(pods.owner() + "'s pods are not selected by any NetworkPolicy");
            }
          }
          cluster
              .applications()
              .forEach(
                  app -> {
                    if (!app.path("spec").path("networkPolicy").path("disable").asBoolean(false)) {
                      problems.add(
                          Render.describe(app)
                              + " lets the operator add its own NetworkPolicy beside the declared one");
                    }
                  });
        });
  }

  @TestFactory
  Stream<DynamicTest> eachServiceUsesItsOwnDatabaseWhichAdmitsOnlyIt() {
    return perOverlay(
        (cluster, problems) -> {
          Set<String> databases = new TreeSet<>();
          for (JsonNode app : cluster.applications()) {
            String name = Render.describe(app);
            Map<String, String> env = cluster.configuredEnvironment(app);
            Map<String, String> secrets = Cluster.secretEnvironment(app.path("spec").path("env"));
            var service = cluster.service(env.get("DB_HOST"));
            if (service.isEmpty()) {
              problems.add(name + ": DB_HOST " + env.get("DB_HOST") + " is no Service");
              continue;
            }
            if (!databases.add(service.get().name())) {
              problems.add(name + " shares database " + service.get().name());
            }
            if (!service
                .get()
                .ports()
                .containsValue(Integer.parseInt(env.getOrDefault("DB_PORT", "0")))) {
              problems.add(
                  name
                      + ": DB_PORT "
                      + env.get("DB_PORT")
                      + " is not a port of "
                      + service.get().name());
            }
            List<Cluster.Pods> pods = cluster.selected(service.get().selector());
            if (pods.size() != 1 || !pods.get(0).owner().startsWith("StatefulSet/")) {
              problems.add(name + ": " + service.get().name() + " selects " + pods);
              continue;
            }
            JsonNode database =
                cluster
                    .find("StatefulSet", pods.get(0).owner().substring("StatefulSet/".length()))
                    .orElseThrow();
            JsonNode container =
                database.path("spec").path("template").path("spec").path("containers").get(0);
            Map<String, String> dbEnv = new LinkedHashMap<>();
            container
                .path("env")
                .forEach(
                    v -> {
                      if (v.has("value")) {
                        dbEnv.put(v.path("name").asText(), v.path("value").asText());
                      }
                    });
            Map<String, String> dbSecrets = Cluster.secretEnvironment(container.path("env"));
            check(
                problems,
                name + ": DB_NAME is the database's MYSQL_DATABASE",
                dbEnv.get("MYSQL_DATABASE"),
                env.get("DB_NAME"));
            check(
                problems,
                name + ": DB_USER is the database's MYSQL_USER",
                dbSecrets.get("MYSQL_USER"),
                secrets.get("DB_USER"));
            check(
                problems,
                name + ": DB_PASSWORD is the database's MYSQL_PASSWORD",
                dbSecrets.get("MYSQL_PASSWORD"),
                secrets.get("DB_PASSWORD"));
            List<JsonNode> policies =
                cluster.all("NetworkPolicy").stream()
                    .filter(p -> pods.get(0).matches(p.path("spec").path("podSelector")))
                    .toList();
            if (policies.isEmpty()) {
              problems.add(service.get().name() + " is open to every pod");
            }
            for (JsonNode policy : policies) {
              for (JsonNode rule : policy.path("spec").path("ingress")) {
                if (!rule.has("from")) {
                  problems.add(Render.describe(policy) + " admits everyone");
                }
                for (JsonNode peer : rule.path("from")) {
                  List<Cluster.Pods> admitted =
                      peer.has("podSelector") && peer.size() == 1
                          ? cluster.selected(peer.path("podSelector"))
                          : List.of();
                  if (admitted.size() != 1
                      || !admitted
                          .get(0)
                          .owner()
                          .equals("OpenLibertyApplication/" + Cluster.name(app))) {
                    problems.add(
                        Render.describe(policy)
                            + " admits "
                            + peer
                            + ", not only "
                            + Cluster.name(app));
                  }
                }
              }
            }
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> theServicesReachTheBrokerWithItsCredentials() {
    return perOverlay(
        (cluster, problems) -> {
          List<JsonNode> brokers = cluster.all("ActiveMQArtemis");
          assertEquals(1, brokers.size(), "one broker");
          String broker = Cluster.name(brokers.get(0));
          Set<Integer> corePorts = new TreeSet<>();
          brokers
              .get(0)
              .path("spec")
              .path("acceptors")
              .forEach(
                  a -> {
                    if (a.path("protocols").asText().toLowerCase().contains("core")) {
                      corePorts.add(a.path("port").asInt());
                    }
                  });
          for (JsonNode app : cluster.applications()) {
            String name = Render.describe(app);
            Map<String, String> env = cluster.configuredEnvironment(app);
            Map<String, String> secrets = Cluster.secretEnvironment(app.path("spec").path("env"));
            check(problems, name + ": BROKER_HOST", broker + "-hdls-svc", env.get("BROKER_HOST"));
            if (!corePorts.contains(Integer.parseInt(env.getOrDefault("BROKER_PORT", "0")))) {
              problems.add(
                  name
                      + ": BROKER_PORT "
                      + env.get("BROKER_PORT")
                      + " is no core acceptor of "
                      + corePorts);
            }
            check(
                problems,
                name + ": BROKER_USER",
                broker + "-credentials-secret/AMQ_USER",
                secrets.get("BROKER_USER"));
            check(
                problems,
                name + ": BROKER_PASSWORD",
                broker + "-credentials-secret/AMQ_PASSWORD",
                secrets.get("BROKER_PASSWORD"));
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> everyJmsAddressTheServersUseIsDeclaredOnTheBroker() {
    return perOverlay(
        (cluster, problems) -> {
          Set<String> declared =
              cluster.all("ActiveMQArtemisAddress").stream()
                  .map(a -> a.path("spec").path("addressName").asText())
                  .collect(Collectors.toCollection(TreeSet::new));
          for (String service : Repository.SERVICES) {
            Path serverXml = Repository.serverXml(service);
            if (!Files.isRegularFile(serverXml)) {
              continue;
            }
            Document server = xml(serverXml);
            for (String element : List.of("properties.artemis")) {
              NodeList nodes = server.getElementsByTagName(element);
              for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                for (String attribute : List.of("address", "destination")) {
                  String address = e.getAttribute(attribute);
                  if (!address.isEmpty() && !declared.contains(address)) {
                    problems.add(
                        service
                            + "'s server.xml uses address "
                            + address
                            + ", not declared on the broker "
                            + declared);
                  }
                }
              }
            }
          }
          for (JsonNode setting :
              cluster
                  .all("ActiveMQArtemis")
                  .get(0)
                  .path("spec")
                  .path("addressSettings")
                  .path("addressSetting")) {
            for (String field : List.of("deadLetterAddress", "expiryAddress")) {
              String address = setting.path(field).asText(null);
              if (address != null && !declared.contains(address)) {
                problems.add(field + " " + address + " is not declared");
              }
            }
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> imagesComeFromTheImageStreamsTheBuildsPushTo() {
    return perOverlay(
        (cluster, problems) -> {
          Set<String> streams =
              cluster.all("ImageStream").stream().map(Cluster::name).collect(Collectors.toSet());
          for (JsonNode app : cluster.applications()) {
            String image = app.path("spec").path("applicationImage").asText();
            String stream = image.contains(":") ? image.substring(0, image.indexOf(':')) : image;
            if (image.contains("/") || !streams.contains(stream)) {
              problems.add(
                  Render.describe(app)
                      + " runs "
                      + image
                      + ", not an ImageStream tag of this namespace "
                      + streams);
            }
            var build = cluster.find("BuildConfig", Cluster.name(app));
            if (build.isEmpty()) {
              problems.add(Render.describe(app) + " has no BuildConfig");
              continue;
            }
            JsonNode to = build.get().path("spec").path("output").path("to");
            check(
                problems,
                Render.describe(build.get()) + " pushes to the tag the application runs",
                "ImageStreamTag " + (image.contains(":") ? image : image + ":latest"),
                to.path("kind").asText() + " " + to.path("name").asText());
            String containerfile =
                build
                    .get()
                    .path("spec")
                    .path("strategy")
                    .path("dockerStrategy")
                    .path("dockerfilePath")
                    .asText("Dockerfile");
            if (!Files.isRegularFile(
                Repository.service(Cluster.name(app)).resolve(containerfile))) {
              problems.add(
                  Render.describe(build.get())
                      + " builds "
                      + Cluster.name(app)
                      + "/"
                      + containerfile
                      + ", which does not exist");
            }
            String pipeline = cluster.all("Pipeline").toString();
            if (!pipeline.contains(Cluster.name(app))) {
              problems.add("the pipeline does not build " + Cluster.name(app));
            }
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> portsAndHealthPathsAreTheLibertyConfigurations() {
    Document shared = xml(Repository.sharedServerXml());
    String httpPort = variable(shared, "http.port");
    Set<String> features = features(shared);
    assertTrue(
        features.stream().anyMatch(f -> f.startsWith("mpHealth-")),
        "vitrina.xml enables mpHealth: /health/*");
    assertTrue(
        features.stream().anyMatch(f -> f.startsWith("mpMetrics-")),
        "vitrina.xml enables mpMetrics: /metrics");
    List<DynamicTest> tests =
        new ArrayList<>(
            perOverlay(
                    (cluster, problems) -> {
                      for (JsonNode app : cluster.applications()) {
                        String name = Render.describe(app);
                        JsonNode spec = app.path("spec");
                        Map<String, String> env = cluster.configuredEnvironment(app);
                        String port = env.getOrDefault("HTTP_PORT", httpPort);
                        check(
                            problems,
                            name + ": the Service port is the server's HTTP port",
                            port,
                            spec.path("service").path("port").asText());
                        check(
                            problems,
                            name + ": manageTLS off (TLS ends at the edge Route)",
                            "false",
                            spec.path("manageTLS").asText());
                        Map<String, String> paths =
                            Map.of(
                                "startup",
                                "/health/started",
                                "liveness",
                                "/health/live",
                                "readiness",
                                "/health/ready");
                        paths.forEach(
                            (probe, path) -> {
                              JsonNode get = spec.path("probes").path(probe).path("httpGet");
                              check(
                                  problems,
                                  name + ": " + probe + " probe path",
                                  path,
                                  get.path("path").asText());
                              check(
                                  problems,
                                  name + ": " + probe + " probe port",
                                  port,
                                  get.path("port").asText());
                              check(
                                  problems,
                                  name + ": " + probe + " probe scheme",
                                  "HTTP",
                                  get.path("scheme").asText());
                            });
                        JsonNode endpoint = spec.path("monitoring").path("endpoints").path(0);
                        check(
                            problems,
                            name + ": metrics path",
                            "/metrics",
                            endpoint.path("path").asText());
                        check(
                            problems,
                            name + ": metrics port",
                            spec.path("service").path("portName").asText(),
                            endpoint.path("port").asText());
                      }
                    })
                .toList());
    for (String service : Repository.SERVICES) {
      tests.add(
          dynamicTest(
              service + " server.xml",
              () -> {
                Path file = Repository.serverXml(service);
                assumeTrue(
                    Files.isRegularFile(file),
                    service + " has no server.xml yet: nothing to compare");
                Document server = xml(file);
                NodeList includes = server.getElementsByTagName("include");
                boolean includesShared = false;
                for (int i = 0; i < includes.getLength(); i++) {
                  includesShared |=
                      ((Element) includes.item(i))
                          .getAttribute("location")
                          .endsWith("/vitrina.xml");
                }
                assertTrue(
                    includesShared, service + " includes vitrina.xml (ports, health, metrics)");
                assertEquals(
                    0,
                    server.getElementsByTagName("httpEndpoint").getLength(),
                    service + " keeps the shared HTTP endpoint");
                NodeList apps = server.getElementsByTagName("webApplication");
                assertEquals(1, apps.getLength(), service + ": one application");
                assertEquals(
                    "/",
                    ((Element) apps.item(0)).getAttribute("contextRoot"),
                    service + ": served at / (the Route's /api)");
                assertFalse(
                    variable(server, "http.port") != null,
                    service + " does not redefine http.port");
              }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyServiceGetsTheEnvironmentTheLocalRunGivesIt() throws Exception {
    String runMojo =
        Files.readString(
            Repository.root().resolve("stack/src/main/java/io/vitrina/stack/RunMojo.java"));
    Set<String> known = new TreeSet<>(SHARED_ENVIRONMENT);
    known.addAll(USER_SERVICE_ENVIRONMENT);
    known.addAll(CLIENT_ENVIRONMENT);
    Matcher put = RUN_ENV.matcher(runMojo);
    while (put.find()) {
      assertTrue(
          known.contains(put.group(1)),
          "RunMojo gives " + put.group(1) + ": say here whether OpenShift must give it too");
    }
    return perOverlay(
        (cluster, problems) -> {
          Map<String, Integer> ports = new LinkedHashMap<>();
          cluster
              .applications()
              .forEach(
                  a ->
                      ports.put(
                          Cluster.name(a), a.path("spec").path("service").path("port").asInt()));
          for (JsonNode app : cluster.applications()) {
            String service = Cluster.name(app);
            Set<String> expected = new TreeSet<>(SHARED_ENVIRONMENT);
            if (service.equals("user-service")) {
              expected.addAll(USER_SERVICE_ENVIRONMENT);
            }
            if (SERVICE_CLIENTS.contains(service)) {
              expected.addAll(CLIENT_ENVIRONMENT);
            }
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(cluster.environmentNames(app));
            if (!missing.isEmpty()) {
              problems.add(service + " lacks " + missing);
            }
            Map<String, String> env = cluster.configuredEnvironment(app);
            for (Map.Entry<String, String> variable : env.entrySet()) {
              if (variable.getKey().endsWith("_URL") || variable.getKey().endsWith("_URI")) {
                URI uri = URI.create(variable.getValue());
                if (!ports.containsKey(uri.getHost())
                    || ports.get(uri.getHost()) != uri.getPort()) {
                  problems.add(
                      service
                          + ": "
                          + variable.getKey()
                          + "="
                          + variable.getValue()
                          + " is no service of this namespace "
                          + ports);
                }
              }
            }
            for (String directory :
                List.of("VITRINA_JWT_KEYS_DIR", "VITRINA_SERVICE_CLIENTS_DIR")) {
              if (env.containsKey(directory)) {
                boolean mounted = false;
                for (JsonNode mount : app.path("spec").path("volumeMounts")) {
                  mounted |= mount.path("mountPath").asText().equals(env.get(directory));
                }
                if (!mounted) {
                  problems.add(
                      service
                          + ": "
                          + directory
                          + " "
                          + env.get(directory)
                          + " is no mounted volume");
                }
              }
            }
            if (SERVICE_CLIENTS.contains(service)) {
              String secret =
                  Cluster.secretEnvironment(app.path("spec").path("env"))
                      .get("VITRINA_SERVICE_CLIENT_SECRET");
              check(
                  problems,
                  service + ": its client secret is the key user-service reads for its client id",
                  clientsSecret(cluster) + "/" + env.get("VITRINA_SERVICE_CLIENT_ID"),
                  secret);
            }
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> topologyAnnotationsNameResourcesThatExist() {
    ObjectMapper json = new ObjectMapper();
    return perOverlay(
        (cluster, problems) -> {
          for (JsonNode app : cluster.applications()) {
            check(
                problems,
                Render.describe(app) + " part-of",
                "vitrina",
                app.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText());
            check(
                problems,
                Render.describe(app) + " runtime",
                "openliberty",
                app.path("metadata").path("labels").path("app.openshift.io/runtime").asText());
            String connects =
                app.path("metadata")
                    .path("annotations")
                    .path("app.openshift.io/connects-to")
                    .asText();
            try {
              for (JsonNode target : json.readTree(connects)) {
                String kind = target.path("kind").asText();
                String name = target.path("name").asText();
                boolean exists =
                    cluster.find(kind, name).isPresent()
                        || (kind.equals("StatefulSet")
                            && cluster.find("OpenLibertyApplication", name).isPresent());
                if (!exists) {
                  problems.add(
                      Render.describe(app)
                          + " connects to "
                          + kind
                          + "/"
                          + name
                          + ", which does not exist");
                }
              }
            } catch (Exception e) {
              problems.add(Render.describe(app) + ": connects-to is not a JSON list: " + connects);
            }
          }
          for (JsonNode binding : cluster.all("RoleBinding")) {
            for (JsonNode subject : binding.path("subjects")) {
              check(
                  problems,
                  Render.describe(binding) + " subject namespace",
                  cluster.namespace(),
                  subject.path("namespace").asText());
            }
            if (cluster.find("Role", binding.path("roleRef").path("name").asText()).isEmpty()) {
              problems.add(Render.describe(binding) + " binds a Role that does not exist");
            }
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> developmentRunsOneOfEverything() {
    Cluster dev = new Cluster("dev");
    return dev.applications().stream()
        .map(
            app ->
                dynamicTest(
                    Cluster.name(app),
                    () -> {
                      assertEquals(1, app.path("spec").path("replicas").asInt(), "one replica");
                      assertTrue(
                          app.path("spec").path("autoscaling").isMissingNode(), "no autoscaling");
                      assertEquals(
                          1,
                          dev.all("ActiveMQArtemis")
                              .get(0)
                              .path("spec")
                              .path("deploymentPlan")
                              .path("size")
                              .asInt(),
                          "one broker");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> productionIsHighlyAvailable() {
    Cluster prod = new Cluster("prod");
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode app : prod.applications()) {
      tests.add(
          dynamicTest(
              Cluster.name(app),
              () -> {
                JsonNode autoscaling = app.path("spec").path("autoscaling");
                assertTrue(autoscaling.path("minReplicas").asInt() >= 2, "at least two pods");
                assertTrue(
                    autoscaling.path("maxReplicas").asInt()
                        > autoscaling.path("minReplicas").asInt(),
                    "room to scale");
                assertTrue(
                    app.path("spec").path("resources").path("requests").has("cpu"),
                    "CPU requests for the autoscaler");
                Cluster.Pods pods =
                    prod.pods().stream()
                        .filter(
                            p -> p.owner().equals("OpenLibertyApplication/" + Cluster.name(app)))
                        .findFirst()
                        .orElseThrow();
                List<JsonNode> budgets =
                    prod.all("PodDisruptionBudget").stream()
                        .filter(b -> pods.matches(b.path("spec").path("selector")))
                        .toList();
                assertEquals(1, budgets.size(), "one PodDisruptionBudget");
                assertEquals(
                    1,
                    budgets.get(0).path("spec").path("maxUnavailable").asInt(),
                    "one pod at a time");
              }));
    }
    tests.add(
        dynamicTest(
            "broker",
            () -> {
              JsonNode plan =
                  prod.all("ActiveMQArtemis").get(0).path("spec").path("deploymentPlan");
              assertTrue(plan.path("size").asInt() >= 2, "two brokers");
              assertTrue(plan.path("persistenceEnabled").asBoolean(), "persistent");
              assertTrue(plan.path("messageMigration").asBoolean(), "messages move on scale-down");
              assertNotNull(plan.get("podDisruptionBudget"), "a disruption budget");
            }));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> theDashboardAndAlertsAreWellFormed() {
    ObjectMapper json = new ObjectMapper();
    return perOverlay(
        (cluster, problems) -> {
          JsonNode dashboard = cluster.find("ConfigMap", "vitrina-grafana-dashboard").orElseThrow();
          check(
              problems,
              "dashboard label",
              "1",
              dashboard.path("metadata").path("labels").path("grafana_dashboard").asText());
          try {
            JsonNode parsed =
                json.readTree(dashboard.path("data").path("vitrina-dashboard.json").asText());
            if (parsed.path("panels").size() < 6) {
              problems.add("the dashboard has " + parsed.path("panels").size() + " panels");
            }
            for (JsonNode panel : parsed.path("panels")) {
              if (panel.path("targets").path(0).path("expr").asText().isBlank()) {
                problems.add("panel " + panel.path("title") + " queries nothing");
              }
            }
          } catch (Exception e) {
            problems.add("the dashboard is not JSON: " + e.getMessage());
          }
          Set<String> alerts = new TreeSet<>();
          for (JsonNode group : cluster.all("PrometheusRule").get(0).path("spec").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
              if (rule.has("alert")) {
                alerts.add(rule.path("alert").asText());
                if (!rule.path("labels").has("severity")
                    || !rule.path("annotations").has("summary")) {
                  problems.add(rule.path("alert").asText() + " lacks a severity or a summary");
                }
              }
            }
          }
          for (String alert :
              List.of(
                  "VitrinaHighErrorRate",
                  "VitrinaHighLatencyP99",
                  "VitrinaSlaBreach",
                  "VitrinaDeadLetters",
                  "VitrinaReadinessFlapping")) {
            if (!alerts.contains(alert)) {
              problems.add("no alert " + alert);
            }
          }
        });
  }

  private static String clientsSecret(Cluster cluster) {
    JsonNode user = cluster.find("OpenLibertyApplication", "user-service").orElseThrow();
    String directory = cluster.configuredEnvironment(user).get("VITRINA_SERVICE_CLIENTS_DIR");
    String volume = null;
    for (JsonNode mount : user.path("spec").path("volumeMounts")) {
      if (mount.path("mountPath").asText().equals(directory)) {
        volume = mount.path("name").asText();
      }
    }
    for (JsonNode v : user.path("spec").path("volumes")) {
      if (v.path("name").asText().equals(volume)) {
        return v.path("secret").path("secretName").asText();
      }
    }
    return "(no clients volume)";
  }

  private static Stream<DynamicTest> perOverlay(BiConsumer<Cluster, List<String>> check) {
    return Repository.OVERLAYS.stream()
        .map(
            overlay ->
                dynamicTest(
                    overlay,
                    () -> {
                      List<String> problems = new ArrayList<>();
                      check.accept(new Cluster(overlay), problems);
                      assertTrue(problems.isEmpty(), overlay + ":\n" + String.join("\n", problems));
                    }));
  }

  private static JsonNode podSpec(JsonNode document) {
    return switch (document.path("kind").asText()) {
      case "OpenLibertyApplication" -> document.path("spec");
      case "StatefulSet", "Deployment", "DaemonSet", "Job" ->
          document.path("spec").path("template").path("spec");
      default -> null;
    };
  }

  private static void configMap(
      Cluster cluster, String owner, String name, String key, List<String> problems) {
    var map = cluster.find("ConfigMap", name);
    if (map.isEmpty()) {
      problems.add(owner + " refers to ConfigMap " + name + ", which is not rendered");
    } else if (key != null && !map.get().path("data").has(key)) {
      problems.add(
          owner + " refers to key " + key + " of ConfigMap " + name + ", which has no such key");
    }
  }

  private static void secret(
      Cluster cluster,
      Map<String, Set<String>> script,
      String owner,
      String name,
      String key,
      List<String> problems) {
    var rendered = cluster.find("Secret", name);
    if (rendered.isPresent()) {
      if (key != null
          && !rendered.get().path("data").has(key)
          && !rendered.get().path("stringData").has(key)) {
        problems.add(
            owner + " refers to key " + key + " of Secret " + name + ", which has no such key");
      }
      return;
    }
    Set<String> keys = script.get(name);
    if (keys == null) {
      problems.add(
          owner + " refers to Secret " + name + ", neither rendered nor created by secrets.sh");
    } else if (key != null && !keys.contains(key)) {
      problems.add(
          owner
              + " refers to key "
              + key
              + " of Secret "
              + name
              + ", which secrets.sh does not create ("
              + keys
              + ")");
    }
  }

  private static void check(List<String> problems, String what, String expected, String actual) {
    if (expected == null || !expected.equals(actual)) {
      problems.add(what + ": expected " + expected + ", found " + actual);
    }
  }

  static Document xml(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      return fail("Cannot read " + file + ": " + e.getMessage());
    }
  }

  private static String variable(Document server, String name) {
    NodeList variables = server.getElementsByTagName("variable");
    for (int i = 0; i < variables.getLength(); i++) {
      Element variable = (Element) variables.item(i);
      if (variable.getAttribute("name").equals(name)) {
        return variable.hasAttribute("defaultValue")
            ? variable.getAttribute("defaultValue")
            : variable.getAttribute("value");
      }
    }
    return null;
  }

  private static Set<String> features(Document server) {
    Set<String> features = new TreeSet<>();
    NodeList list = server.getElementsByTagName("feature");
    for (int i = 0; i < list.getLength(); i++) {
      features.add(list.item(i).getTextContent().trim());
    }
    return features;
  }
}
