package io.vitrina.order.report.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The two public reads of catalog-service that place a product in its category. Configured under
 * the same key as the cart's client ({@code catalog}): one URL and one set of socket timeouts for
 * every call to the catalog. A status of 400 or more is thrown as a {@link
 * jakarta.ws.rs.WebApplicationException}.
 */
@RegisterRestClient(configKey = "catalog")
@Path("/api")
public interface CatalogReadClient {

  /** One product; anonymous callers see ACTIVE products only, others are 404. */
  @GET
  @Path("products/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  FiledProduct product(@PathParam("id") String id);

  /** One category. */
  @GET
  @Path("categories/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  NamedCategory category(@PathParam("id") String id);

  /** The part of the catalog's product representation the report reads. */
  record FiledProduct(String id, String categoryId) {}

  /** The part of the catalog's category representation the report reads. */
  record NamedCategory(String id, String name) {}
}
