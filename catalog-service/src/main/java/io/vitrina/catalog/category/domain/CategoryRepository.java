package io.vitrina.catalog.category.domain;

import java.util.List;
import java.util.Optional;

/** Where categories are kept. Implementations join the caller's transaction. */
public interface CategoryRepository {

  void add(Category category);

  Optional<Category> find(String id);

  /** Every category, parents before their children. */
  List<Category> all();

  /** Whether a sibling under {@code parentId} (null: among roots) other than one uses a slug. */
  boolean slugTaken(String parentId, String slug, String exceptId);

  /** How many levels lie below a category: 0 for a leaf. */
  int heightBelow(Category category);

  /** Rewrites the paths of the descendants of a moved category. */
  void rebaseDescendants(String categoryId, Category.Move move);

  /**
   * Serialises changes to the tree's shape until the transaction ends, so that two concurrent moves
   * cannot together close a cycle that each alone would not.
   */
  void lockTree();
}
