package io.vitrina.order.catalog;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns catalog-service's error answers to a reservation into {@link ReservationRefusedException}
 * with the problem's detail, ahead of the client's default mapper.
 */
public class ReservationRefusals implements ResponseExceptionMapper<ReservationRefusedException> {

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  @Override
  public ReservationRefusedException toThrowable(Response response) {
    String detail = "";
    try {
      response.bufferEntity();
      String body = response.readEntity(String.class);
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        JsonObject problem = reader.readObject();
        if (problem.get("detail") instanceof JsonString text) {
          detail = text.getString();
        }
      }
    } catch (RuntimeException unreadable) {
      // The status says enough; the detail is a courtesy.
    }
    return new ReservationRefusedException(response.getStatus(), detail);
  }

  @Override
  public int getPriority() {
    // Ahead of the default mapper (priority 5000).
    return 100;
  }
}
