package io.vitrina.catalog.category.domain;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Creates, renames and moves categories; an empty result means there is no such category. */
@ApplicationScoped
public class CategoryService {

  @Inject CategoryRepository categories;
  @Inject Clock clock;

  @Transactional
  public Category create(String parentId, String name, String slug) {
    categories.lockTree();
    Category parent = parentId == null ? null : existingParent(parentId);
    requireFreeSlug(parentId, slug, "");
    Category category = Category.create(parent, name, slug, clock.instant());
    categories.add(category);
    return category;
  }

  @Transactional
  public Optional<Category> rename(String id, String name, String slug) {
    Optional<Category> found = categories.find(id);
    found.ifPresent(
        category -> {
          requireFreeSlug(category.parentId(), slug, category.id());
          category.rename(name, slug, clock.instant());
        });
    return found;
  }

  /** Moves a category with its subtree under another one, or to the top when parentId is null. */
  @Transactional
  public Optional<Category> move(String id, String parentId) {
    categories.lockTree();
    Optional<Category> found = categories.find(id);
    if (found.isEmpty()) {
      return found;
    }
    Category category = found.get();
    if (category.hasParent(parentId)) {
      return found;
    }
    Category parent = parentId == null ? null : existingParent(parentId);
    requireFreeSlug(parentId, category.slug(), category.id());
    Category.Move move =
        category.moveUnder(parent, categories.heightBelow(category), clock.instant());
    categories.rebaseDescendants(category.id(), move);
    return found;
  }

  @Transactional
  public Optional<Category> find(String id) {
    return categories.find(id);
  }

  @Transactional
  public List<Category> all() {
    return categories.all();
  }

  private Category existingParent(String parentId) {
    return categories
        .find(parentId)
        .orElseThrow(() -> new InvalidInputException("parentId", "no such category"));
  }

  private void requireFreeSlug(String parentId, String slug, String exceptId) {
    if (categories.slugTaken(parentId, slug, exceptId)) {
      throw new ConflictException(
          "Another category at the same level already uses the slug '" + slug + "'.");
    }
  }
}
