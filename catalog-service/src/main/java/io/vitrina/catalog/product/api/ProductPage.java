package io.vitrina.catalog.product.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of products, ordered by SKU. */
@Schema(name = "ProductPage")
public record ProductPage(List<ProductView> items, int page, int size, long total) {}
