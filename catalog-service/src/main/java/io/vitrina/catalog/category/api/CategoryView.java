package io.vitrina.catalog.category.api;

import io.vitrina.catalog.category.domain.Category;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One category. */
@Schema(name = "Category")
public record CategoryView(
    String id,
    @Schema(description = "Null for a top-level category") String parentId,
    String name,
    String slug,
    @Schema(description = "The ids from the top of the tree down to this category, slash-separated")
        String path,
    Instant createdAt,
    Instant updatedAt) {

  static CategoryView of(Category category) {
    return new CategoryView(
        category.id(),
        category.parentId(),
        category.name(),
        category.slug(),
        category.path().value(),
        category.createdAt(),
        category.updatedAt());
  }
}
