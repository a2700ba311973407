package io.vitrina.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a server's environment needs to send its traces to a local Zipkin: MicroProfile Telemetry
 * switched on (it is off by default in vitrina.xml), the service's name, and the Zipkin exporter
 * that Open Liberty ships. Every request is sampled: a developer's machine has little traffic.
 */
final class TracingEnvironment {
  /** The project property a started Zipkin publishes, read by the servers started after it. */
  static final String ZIPKIN_URL_PROPERTY = "vitrina.zipkin.url";

  private TracingEnvironment() {}

  /**
   * @param serviceName the name spans carry ({@code OTEL_SERVICE_NAME})
   * @param zipkinUrl Zipkin's base URL, or null or blank for no tracing (then nothing is added)
   */
  static Map<String, String> of(String serviceName, String zipkinUrl) {
    Map<String, String> env = new LinkedHashMap<>();
    if (zipkinUrl == null || zipkinUrl.isBlank()) {
      return env;
    }
    String base =
        zipkinUrl.endsWith("/") ? zipkinUrl.substring(0, zipkinUrl.length() - 1) : zipkinUrl;
    env.put("OTEL_SDK_DISABLED", "false");
    env.put("OTEL_SERVICE_NAME", serviceName);
    env.put("OTEL_TRACES_EXPORTER", "zipkin");
    env.put("OTEL_EXPORTER_ZIPKIN_ENDPOINT", base + "/api/v2/spans");
    env.put("OTEL_TRACES_SAMPLER", "parentbased_always_on");
    env.put("OTEL_METRICS_EXPORTER", "none");
    env.put("OTEL_LOGS_EXPORTER", "none");
    env.put("OTEL_BSP_SCHEDULE_DELAY", "1000");
    return env;
  }
}
