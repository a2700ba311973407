package io.vitrina.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TracingEnvironmentTest {
  @Test
  void shouldSwitchTracingOnAndPointItAtZipkin() {
    Map<String, String> env = TracingEnvironment.of("order-service", "http://127.0.0.1:9411/");

    assertEquals("false", env.get("OTEL_SDK_DISABLED"));
    assertEquals("order-service", env.get("OTEL_SERVICE_NAME"));
    assertEquals("zipkin", env.get("OTEL_TRACES_EXPORTER"));
    assertEquals("http://127.0.0.1:9411/api/v2/spans", env.get("OTEL_EXPORTER_ZIPKIN_ENDPOINT"));
    assertEquals("none", env.get("OTEL_METRICS_EXPORTER"));
  }

  @Test
  void shouldAddNothingWithoutZipkin() {
    assertTrue(TracingEnvironment.of("order-service", null).isEmpty());
    assertTrue(TracingEnvironment.of("order-service", " ").isEmpty());
  }
}
