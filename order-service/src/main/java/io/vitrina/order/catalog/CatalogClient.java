package io.vitrina.order.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * catalog-service's public product read, as a MicroProfile Rest Client. Its URL and timeouts are
 * configured under the key {@code catalog} ({@code catalog/mp-rest/url}, fed from {@code
 * CATALOG_URL}). A status of 400 or more is thrown as a {@link
 * jakarta.ws.rs.WebApplicationException} by the client's default exception mapper.
 */
@RegisterRestClient(configKey = "catalog")
@Path("/api/products")
public interface CatalogClient {

  /** One product; anonymous callers see ACTIVE products only, others are 404. */
  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  CatalogProduct product(@PathParam("id") String id);
}
