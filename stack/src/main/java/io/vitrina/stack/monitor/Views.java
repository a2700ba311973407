package io.vitrina.stack.monitor;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;

/** A {@link ServiceView} as the dashboard's JSON; numbers rounded to what a person reads. */
final class Views {
  private Views() {}

  static JsonObject json(ServiceView view, URI url) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("name", view.name())
            .add("url", url == null ? "" : url.toString())
            .add("up", view.up())
            .add("windowSeconds", round(view.windowSeconds()))
            .add("requestsPerSecond", round(view.requestsPerSecond()))
            .add("clientErrorsPerSecond", round(view.clientErrorsPerSecond()))
            .add("serverErrorsPerSecond", round(view.serverErrorsPerSecond()))
            .add("meanMillis", round(view.meanMillis()))
            .add("p99Millis", round(view.p99Millis()))
            .add("heapUsedMib", round(view.heapUsedMib()))
            .add("heapMaxMib", round(view.heapMaxMib()));
    if (view.error() != null) {
      json.add("error", view.error());
    }
    if (view.at() != null) {
      json.add("at", view.at().toString());
    }
    JsonArrayBuilder routes = Json.createArrayBuilder();
    for (ServiceView.Route r : view.routes()) {
      routes.add(
          Json.createObjectBuilder()
              .add("method", r.method())
              .add("route", r.route())
              .add("requestsPerSecond", round(r.requestsPerSecond()))
              .add("serverErrors", r.serverErrors())
              .add("meanMillis", round(r.meanMillis()))
              .add("p99Millis", round(r.p99Millis())));
    }
    JsonArrayBuilder counters = Json.createArrayBuilder();
    for (ServiceView.Counter c : view.counters()) {
      counters.add(
          Json.createObjectBuilder()
              .add("name", c.name())
              .add("labels", c.labels())
              .add("value", round(c.value()))
              .add("perMinute", round(c.perMinute())));
    }
    JsonArrayBuilder history = Json.createArrayBuilder();
    for (ServiceView.Point p : view.history()) {
      history.add(
          Json.createObjectBuilder()
              .add("at", p.at().toString())
              .add("requestsPerSecond", round(p.requestsPerSecond()))
              .add("serverErrorsPerSecond", round(p.serverErrorsPerSecond())));
    }
    return json.add("routes", routes).add("counters", counters).add("history", history).build();
  }

  static double round(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return 0;
    }
    return Math.round(value * 100) / 100.0;
  }
}
