package io.vitrina.system.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each kind of change to a small fixture document (openapi/base.json), judged: the breaking ones
 * fail and say where, the compatible ones pass and are reported.
 */
class OpenApiCompatibilityTest {

  private static final JsonObject BASE = load();

  private static JsonObject load() {
    try (InputStream in =
        OpenApiCompatibilityTest.class.getResourceAsStream("/openapi/base.json")) {
      return OpenApiDocuments.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject json(String text) {
    return OpenApiDocuments.parse(text);
  }

  private static OpenApiCompatibility.Report changed(UnaryOperator<JsonPatchBuilder> patch) {
    JsonObject after = patch.apply(Json.createPatchBuilder()).build().apply(BASE);
    return OpenApiCompatibility.compare(BASE, after);
  }

  private static void assertBreaking(OpenApiCompatibility.Report report, String expected) {
    assertFalse(report.compatible(), "should break: " + expected);
    assertTrue(
        report.breaking().contains(expected),
        () -> "expected <" + expected + "> among " + report.breaking());
  }

  private static void assertAddition(OpenApiCompatibility.Report report, String expected) {
    assertTrue(report.compatible(), () -> "should be compatible: " + report.breaking());
    assertTrue(
        report.additions().contains(expected),
        () -> "expected <" + expected + "> among " + report.additions());
  }

  @Test
  void shouldFindNothingBetweenADocumentAndItself() {
    OpenApiCompatibility.Report report = OpenApiCompatibility.compare(BASE, BASE);

    assertEquals(List.of(), report.breaking());
    assertEquals(List.of(), report.additions());
  }

  @Test
  void shouldBreakWhenAPathIsRemoved() {
    assertBreaking(
        changed(p -> p.remove("/paths/~1api~1items~1{id}")), "/api/items/{id}: path removed");
  }

  @Test
  void shouldBreakWhenAnOperationIsRemoved() {
    assertBreaking(
        changed(p -> p.remove("/paths/~1api~1items~1{id}/delete")),
        "DELETE /api/items/{id}: operation removed");
  }

  @Test
  void shouldBreakWhenAResponseStatusIsRemoved() {
    assertBreaking(
        changed(p -> p.remove("/paths/~1api~1items~1{id}/get/responses/404")),
        "GET /api/items/{id}: response 404 removed");
  }

  @Test
  void shouldBreakWhenAResponseMediaTypeIsNoLongerProduced() {
    assertBreaking(
        changed(
            p ->
                p.move(
                    "/paths/~1api~1items/get/responses/400/content/application~1json",
                    "/paths/~1api~1items/get/responses/400/content/application~1problem+json")),
        "GET /api/items: response 400: media type application/problem+json no longer produced");
  }

  @Test
  void shouldBreakWhenARequiredRequestPropertyIsAdded() {
    assertBreaking(
        changed(
            p ->
                p.add(
                        "/components/schemas/NewItem/properties/colour",
                        json("{\"type\":\"string\"}"))
                    .add("/components/schemas/NewItem/required/-", "colour")),
        "POST /api/items: request body (application/json).colour: new required request property");
  }

  @Test
  void shouldBreakWhenAnOptionalRequestPropertyBecomesRequired() {
    assertBreaking(
        changed(p -> p.add("/components/schemas/NewItem/required/-", "quantity")),
        "POST /api/items: request body (application/json).quantity: became required");
  }

  @Test
  void shouldBreakWhenARequiredParameterIsAdded() {
    assertBreaking(
        changed(
            p ->
                p.add(
                    "/paths/~1api~1items/get/parameters/-",
                    json(
                        "{\"in\":\"query\",\"name\":\"owner\",\"required\":true,"
                            + "\"schema\":{\"type\":\"string\"}}"))),
        "GET /api/items: new required query parameter 'owner'");
  }

  @Test
  void shouldBreakWhenAnOptionalParameterBecomesRequired() {
    assertBreaking(
        changed(p -> p.add("/paths/~1api~1items/get/parameters/1/required", JsonValue.TRUE)),
        "GET /api/items: query parameter 'size' became required");
  }

  @Test
  void shouldBreakWhenAParameterIsRemoved() {
    assertBreaking(
        changed(p -> p.remove("/paths/~1api~1items/get/parameters/1")),
        "GET /api/items: query parameter 'size' removed");
  }

  @Test
  void shouldBreakWhenAResponsePropertyIsRemoved() {
    assertBreaking(
        changed(p -> p.remove("/components/schemas/Item/properties/name")),
        "GET /api/items: response 200 (application/json).items[].name: response property removed");
  }

  @Test
  void shouldBreakWhenAResponsePropertyIsRetyped() {
    assertBreaking(
        changed(
            p ->
                p.replace(
                    "/components/schemas/Item/properties/quantity", json("{\"type\":\"string\"}"))),
        "GET /api/items: response 200 (application/json).items[].quantity: "
            + "type changed from integer to string");
  }

  @Test
  void shouldBreakWhenAResponsePropertyIsNoLongerRequired() {
    assertBreaking(
        changed(p -> p.replace("/components/schemas/Item/required", JsonValue.EMPTY_JSON_ARRAY)),
        "GET /api/items: response 200 (application/json).items[].id: no longer always present");
  }

  @Test
  void shouldBreakWhenAFormatChanges() {
    assertBreaking(
        changed(p -> p.replace("/components/schemas/ItemPage/properties/total/format", "int32")),
        "GET /api/items: response 200 (application/json).total: format changed from int64 to int32");
  }

  @Test
  void shouldBreakWhenARequestEnumIsNarrowed() {
    assertBreaking(
        changed(
            p ->
                p.replace(
                    "/components/schemas/NewItem/properties/priority/enum",
                    Json.createArrayBuilder().add("HIGH").build())),
        "POST /api/items: request body (application/json).priority: "
            + "enum narrowed, no longer accepts [\"LOW\"]");
  }

  @Test
  void shouldBreakWhenAParameterEnumIsNarrowed() {
    assertBreaking(
        changed(
            p ->
                p.replace(
                    "/paths/~1api~1items/get/parameters/0/schema/enum",
                    Json.createArrayBuilder().add("OPEN").build())),
        "GET /api/items: query parameter 'status': enum narrowed, no longer accepts [\"CLOSED\"]");
  }

  @Test
  void shouldBreakWhenARequestPropertyIsRetyped() {
    assertBreaking(
        changed(
            p ->
                p.replace(
                    "/components/schemas/NewItem/properties/quantity",
                    json("{\"type\":\"string\"}"))),
        "POST /api/items: request body (application/json).quantity: "
            + "type changed from integer to string");
  }

  @Test
  void shouldBreakWhenABodyBecomesRequiredWhereThereWasNone() {
    assertBreaking(
        changed(
            p ->
                p.add(
                    "/paths/~1api~1items~1{id}/delete/requestBody",
                    json(
                        "{\"required\":true,\"content\":{\"application/json\":"
                            + "{\"schema\":{\"type\":\"object\"}}}}"))),
        "DELETE /api/items/{id}: request body now required");
  }

  @Test
  void shouldAcceptAnAddedPath() {
    assertAddition(
        changed(
            p ->
                p.add(
                    "/paths/~1api~1tags",
                    json("{\"get\":{\"responses\":{\"200\":{\"description\":\"Tags\"}}}}"))),
        "/api/tags: path added");
  }

  @Test
  void shouldAcceptAnAddedOperation() {
    assertAddition(
        changed(
            p ->
                p.add(
                    "/paths/~1api~1items~1{id}/put",
                    json("{\"responses\":{\"200\":{\"description\":\"Replaced\"}}}"))),
        "PUT /api/items/{id}: operation added");
  }

  @Test
  void shouldAcceptAnAddedResponseStatus() {
    assertAddition(
        changed(
            p ->
                p.add(
                    "/paths/~1api~1items/post/responses/409",
                    json("{\"description\":\"Conflict\"}"))),
        "POST /api/items: response 409 added");
  }

  @Test
  void shouldAcceptAnAddedOptionalParameter() {
    assertAddition(
        changed(
            p ->
                p.add(
                    "/paths/~1api~1items/get/parameters/-",
                    json("{\"in\":\"query\",\"name\":\"q\",\"schema\":{\"type\":\"string\"}}"))),
        "GET /api/items: optional query parameter 'q' added");
  }

  @Test
  void shouldAcceptAnAddedOptionalRequestProperty() {
    assertAddition(
        changed(
            p ->
                p.add(
                    "/components/schemas/NewItem/properties/note", json("{\"type\":\"string\"}"))),
        "POST /api/items: request body (application/json).note: optional request property added");
  }

  @Test
  void shouldAcceptAnAddedResponseProperty() {
    assertAddition(
        changed(
            p ->
                p.add(
                    "/components/schemas/Item/properties/createdAt",
                    json("{\"type\":\"string\",\"format\":\"date-time\"}"))),
        "GET /api/items: response 200 (application/json).items[].createdAt: response property added");
  }

  @Test
  void shouldAcceptAWidenedRequestEnum() {
    assertAddition(
        changed(p -> p.add("/components/schemas/NewItem/properties/priority/enum/-", "URGENT")),
        "POST /api/items: request body (application/json).priority: enum values added [\"URGENT\"]");
  }

  @Test
  void shouldAcceptARequestPropertyThatNoLongerNeedsToBeSent() {
    assertAddition(
        changed(p -> p.replace("/components/schemas/NewItem/required", JsonValue.EMPTY_JSON_ARRAY)),
        "POST /api/items: request body (application/json).name: no longer required");
  }

  @Test
  void shouldAcceptANewServerUrlAsNoChangeOnceNormalised() {
    JsonObject moved =
        Json.createPatchBuilder()
            .replace("/servers/0/url", "https://vitrina.example.com")
            .build()
            .apply(BASE);

    assertEquals(OpenApiDocuments.write(BASE), OpenApiDocuments.write(moved));
    assertFalse(OpenApiDocuments.write(BASE).contains("9999"));
  }

  @Test
  void shouldWriteKeysSortedAtEveryLevel() {
    String written =
        OpenApiDocuments.write(json("{\"b\":{\"z\":1,\"a\":[true,null]},\"a\":\"x\"}"));

    assertEquals(
        "{\n  \"a\": \"x\",\n  \"b\": {\n    \"a\": [\n      true,\n      null\n    ],\n"
            + "    \"z\": 1\n  }\n}\n",
        written);
  }

  @Test
  void shouldShowAChangedLineInTheDiff() {
    String diff = LineDiff.unified("committed", "a\nb\nc\nd\n", "served", "a\nb\nC\nd\ne\n");

    assertEquals("--- committed\n+++ served\n@@ line 1 @@\n a\n b\n-c\n+C\n d\n+e\n \n", diff);
    assertEquals("", LineDiff.unified("x", "same\n", "y", "same\n"));
  }
}
