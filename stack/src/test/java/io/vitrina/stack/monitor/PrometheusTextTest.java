package io.vitrina.stack.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
  @Test
  void shouldReadNamesLabelsAndValuesAsLibertyServesThem() {
    List<PrometheusText.Sample> samples =
        PrometheusText.parse(
            """
            # HELP http_server_request_duration_seconds Duration of HTTP server requests.
            # TYPE http_server_request_duration_seconds summary
            http_server_request_duration_seconds_count{error_type="",http_request_method="GET",\
            http_response_status_code="200",http_route="/api/products/{id}",mp_scope="vendor",} 12.0
            memory_usedHeap_bytes{mp_scope="base",} 1.2345E8
            vitrina_orders_placed_total 3
            """);

    assertEquals(3, samples.size());
    PrometheusText.Sample requests = samples.get(0);
    assertEquals("http_server_request_duration_seconds_count", requests.name());
    assertEquals("/api/products/{id}", requests.label("http_route"));
    assertEquals("", requests.label("error_type"));
    assertEquals(12.0, requests.value());
    assertEquals(1.2345E8, samples.get(1).value());
    assertEquals(Map.of(), samples.get(2).labels());
    assertEquals(3.0, samples.get(2).value());
  }

  @Test
  void shouldReadEscapesAndSpecialValues() {
    List<PrometheusText.Sample> samples =
        PrometheusText.parse(
            """
            odd{path="a \\"quoted\\" \\\\ b",other="x,y"} +Inf
            gone NaN 1700000000000
            """);

    assertEquals("a \"quoted\" \\ b", samples.get(0).label("path"));
    assertEquals("x,y", samples.get(0).label("other"));
    assertTrue(Double.isInfinite(samples.get(0).value()));
    assertTrue(Double.isNaN(samples.get(1).value()), "a timestamp after the value is ignored");
  }

  @Test
  void shouldSkipWhatIsNotASampleWithoutLosingTheRest() {
    List<PrometheusText.Sample> samples =
        PrometheusText.parse(
            """
            broken{label="never closed 1
            no_value
            not_a_number{a="b"} twelve
            good{a="b"} 1
            """);

    assertEquals(1, samples.size(), samples.toString());
    assertEquals("good", samples.get(0).name());
  }
}
