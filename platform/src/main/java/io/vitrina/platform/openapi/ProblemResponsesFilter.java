package io.vitrina.platform.openapi;

import io.vitrina.platform.problem.ProblemDetail;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents every error response as what it is: an RFC 9457 {@code application/problem+json} body.
 * Resources then declare only the status and its meaning ({@code @APIResponse(responseCode = "404",
 * description = "No such user")}), and no error of any service can be documented otherwise. A
 * service enables it with {@code
 * mp.openapi.filter=io.vitrina.platform.openapi.ProblemResponsesFilter}.
 */
public class ProblemResponsesFilter implements OASFilter {

  static final String SCHEMA_NAME = "Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(SCHEMA_NAME, problemSchema());
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : path.getOperations().values()) {
        if (operation.getResponses() == null
            || operation.getResponses().getAPIResponses() == null) {
          continue;
        }
        for (Map.Entry<String, APIResponse> response :
            operation.getResponses().getAPIResponses().entrySet()) {
          if (isError(response.getKey())) {
            response.getValue().setContent(problemContent());
          }
        }
      }
    }
  }

  static boolean isError(String code) {
    return code != null && (code.startsWith("4") || code.startsWith("5"));
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            ProblemDetail.MEDIA_TYPE,
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA_NAME)));
  }

  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    Schema violation =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("field", text)
            .addProperty("message", text);
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("An RFC 9457 problem detail")
        .addProperty(
            "type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty("instance", text)
        .addProperty(
            "violations",
            OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation))
        .addProperty("traceId", text);
  }
}
