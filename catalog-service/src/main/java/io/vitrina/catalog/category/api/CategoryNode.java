package io.vitrina.catalog.category.api;

import io.vitrina.catalog.category.domain.Category;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category with its subcategories, as the tree listing shows it. */
@Schema(name = "CategoryNode")
public record CategoryNode(String id, String name, String slug, List<CategoryNode> children) {

  /** The forest of top-level categories, from categories listed parents first. */
  static List<CategoryNode> forest(List<Category> parentsFirst) {
    Map<String, List<CategoryNode>> childrenOf = new LinkedHashMap<>();
    List<CategoryNode> roots = new ArrayList<>();
    for (Category category : parentsFirst) {
      List<CategoryNode> children = new ArrayList<>();
      childrenOf.put(category.id(), children);
      CategoryNode node =
          new CategoryNode(category.id(), category.name(), category.slug(), children);
      if (category.isRoot()) {
        roots.add(node);
      } else {
        childrenOf.get(category.parentId()).add(node);
      }
    }
    return roots;
  }
}
