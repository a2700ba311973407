package io.vitrina.catalog.search.api;

import io.vitrina.catalog.Roles;
import io.vitrina.catalog.search.domain.SearchCriteria;
import io.vitrina.catalog.search.domain.SearchResult;
import io.vitrina.catalog.search.domain.SearchService;
import io.vitrina.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Product search. Anonymous answers are the same for every anonymous caller, so they are marked
 * {@code public} with a short max-age and a weak ETag (the hash of the body) for shared caches and
 * conditional requests; answers to a signed-in caller are {@code private, no-store}, since an
 * administrator's include unlisted products and stock.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search", description = "Full-text product search with filters and paging")
public class SearchResource {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject SearchService search;

  @Inject
  @ConfigProperty(name = "vitrina.search.cache-max-age", defaultValue = "30")
  int cacheMaxAgeSeconds;

  @Inject
  @ConfigProperty(name = "vitrina.search.max-offset-rows", defaultValue = "10000")
  int maxOffsetRows;

  @Context UriInfo uriInfo;
  @Context SecurityContext security;
  @Context Request request;

  @GET
  @PermitAll
  @Operation(
      summary = "Search products by text, category subtree, price, stock and attributes",
      description =
          "Only ACTIVE products unless you are catalog-admin or admin. Attribute filters are"
              + " parameters attr.<name>=<value> (up to 10, all must hold, values compared without"
              + " regard to case). Page by page (page x size up to the first"
              + " vitrina.search.max-offset-rows results) or by following next, a keyset cursor"
              + " that reaches any depth. Anonymous answers are cacheable: Cache-Control public"
              + " with a short max-age, a weak ETag, 304 on If-None-Match.")
  @APIResponse(
      responseCode = "200",
      description = "A page of products, the total, and the next page's URL",
      content = @Content(schema = @Schema(implementation = SearchPage.class)))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match, anonymous only)")
  @APIResponse(responseCode = "400", description = "Each invalid parameter, listed")
  @APIResponse(
      responseCode = "403",
      description = "status other than ACTIVE asked for by someone who is not a catalog admin")
  @APIResponse(responseCode = "404", description = "No such category")
  @APIResponse(responseCode = "503", description = "The search took too long; retry")
  public Response search(
      @Parameter(
              description =
                  "Words to find in name and description (at most 200 characters). Each word of 3"
                      + " or more letters must match, as a word prefix; operators and punctuation"
                      + " are ignored. Only shorter words or stopwords: names starting with the"
                      + " text. Blank: every product.")
          @QueryParam("q")
          String q,
      @Parameter(description = "A category id: that category and all below it")
          @QueryParam("category")
          String category,
      @Parameter(description = "DRAFT, ACTIVE or DISCONTINUED; other than ACTIVE for admins")
          @QueryParam("status")
          String status,
      @Parameter(description = "Lowest price, inclusive; needs currency") @QueryParam("minPrice")
          String minPrice,
      @Parameter(description = "Highest price, inclusive; needs currency") @QueryParam("maxPrice")
          String maxPrice,
      @Parameter(description = "EUR, USD, GBP or MXN") @QueryParam("currency") String currency,
      @Parameter(description = "true: only products with stock available") @QueryParam("inStock")
          String inStock,
      @Parameter(
              description =
                  "relevance (the default with words to match), price, -price, newest, name (the"
                      + " default otherwise)")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "Page number from 0 (not with cursor)") @QueryParam("page")
          String page,
      @Parameter(description = "Page size, 1 to 100; 20 by default") @QueryParam("size")
          String size,
      @Parameter(description = "From a previous answer's next link") @QueryParam("cursor")
          String cursor) {
    MultivaluedMap<String, String> query = uriInfo.getQueryParameters();
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    query.forEach(
        (name, values) -> {
          if (SearchParameters.isAttribute(name)) {
            attributes.put(name, values);
          }
        });
    boolean admin =
        security.isUserInRole(Roles.CATALOG_ADMIN) || security.isUserInRole(Roles.ADMIN);
    SearchCriteria criteria =
        new SearchParameters(
                q,
                category,
                status,
                minPrice,
                maxPrice,
                currency,
                inStock,
                sort,
                page,
                size,
                cursor,
                attributes)
            .toCriteria(admin, maxOffsetRows);
    SearchResult result =
        search
            .search(criteria)
            .orElseThrow(
                () -> new ProblemException(404, "Not Found", "There is no category " + category));

    String next = result.next() == null ? null : nextLink(query, result.next().encode());
    SearchPage body =
        new SearchPage(
            result.items().stream().map(hit -> SearchItem.of(hit, admin)).toList(),
            result.total(),
            criteria.page(),
            criteria.size(),
            next);
    String json = JSONB.toJson(body);
    Response.ResponseBuilder answer;
    if (security.getUserPrincipal() == null) {
      EntityTag tag = new EntityTag(digest(json), true);
      Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
      answer = notModified != null ? notModified : Response.ok(json, MediaType.APPLICATION_JSON);
      answer
          .tag(tag)
          .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + cacheMaxAgeSeconds)
          // A shared cache must not answer a signed-in caller with what anonymous ones get.
          .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    } else {
      answer =
          Response.ok(json, MediaType.APPLICATION_JSON)
              .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
    if (next != null) {
      answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
    }
    return answer.build();
  }

  /**
   * This request's URL with the cursor of the next page instead of its page or cursor. Built from
   * the decoded parameters, each encoded again, so nothing in the client's query is read as a URI
   * template.
   */
  private String nextLink(MultivaluedMap<String, String> query, String nextCursor) {
    List<String> pairs = new ArrayList<>();
    query.forEach(
        (name, values) -> {
          if (!name.equals("page") && !name.equals("cursor")) {
            values.forEach(value -> pairs.add(encode(name) + "=" + encode(value)));
          }
        });
    pairs.add("cursor=" + nextCursor);
    URI self = uriInfo.getRequestUri();
    return self.getScheme()
        + "://"
        + self.getRawAuthority()
        + self.getRawPath()
        + "?"
        + String.join("&", pairs);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A short, collision-safe digest of the body: the weak ETag's value. */
  private static String digest(String json) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", impossible);
    }
  }
}
