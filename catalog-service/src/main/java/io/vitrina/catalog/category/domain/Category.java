package io.vitrina.catalog.category.domain;

import io.vitrina.platform.problem.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A node of the category tree. Its {@link CategoryPath materialized path} of ids makes a subtree
 * one prefix scan; this class keeps the path right when a category is created or moved and refuses
 * a move that would make the tree a cycle or too deep. Never serialised to a client.
 */
@Entity
@Table(name = "categories")
@NamedQuery(name = "Category.all", query = "SELECT c FROM Category c ORDER BY c.path")
@NamedQuery(
    name = "Category.countRootSlug",
    query =
        "SELECT COUNT(c) FROM Category c WHERE c.parentId IS NULL AND c.slug = :slug"
            + " AND c.id <> :exceptId")
@NamedQuery(
    name = "Category.countChildSlug",
    query =
        "SELECT COUNT(c) FROM Category c WHERE c.parentId = :parentId AND c.slug = :slug"
            + " AND c.id <> :exceptId")
@NamedQuery(
    name = "Category.pathsBelow",
    query = "SELECT c.path FROM Category c WHERE c.path LIKE :prefix ORDER BY LENGTH(c.path) DESC")
@NamedQuery(
    name = "Category.rebase",
    query =
        "UPDATE Category c SET c.path = CONCAT(:newPath, SUBSTRING(c.path, :keepFrom))"
            + " WHERE c.path LIKE :prefix AND c.id <> :id")
public class Category {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "parent_id", length = 36)
  private String parentId;

  /** The parent's id, or "" for a root: what sibling slugs are unique within. */
  @Column(name = "sibling_scope", length = 36, nullable = false)
  private String siblingScope;

  @Column(name = "name", length = 100, nullable = false)
  private String name;

  @Column(name = "slug", length = 64, nullable = false)
  private String slug;

  @Column(name = "path", length = 400, nullable = false)
  private String path;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Category() {}

  /** A new category under {@code parent}, or a root when it is null. */
  public static Category create(Category parent, String name, String slug, Instant now) {
    Category category = new Category();
    category.id = UUID.randomUUID().toString();
    category.path =
        parent == null ? CategoryPath.root(category.id) : parent.path().child(category.id).value();
    if (CategoryPath.of(category.path).depth() > CategoryPath.MAX_DEPTH) {
      throw tooDeep();
    }
    category.setParent(parent);
    category.name = name;
    category.slug = slug;
    category.createdAt = now;
    category.updatedAt = now;
    return category;
  }

  public void rename(String newName, String newSlug, Instant now) {
    name = newName;
    slug = newSlug;
    updatedAt = now;
  }

  /**
   * Moves this category, with its subtree, under {@code newParent} (null: make it a root).
   *
   * @param subtreeHeight how many levels lie below this category (0 for a leaf)
   * @return the old and new path, for re-pathing the descendants
   * @throws ConflictException when the new parent is this category or one of its descendants, or
   *     when the subtree would end deeper than {@link CategoryPath#MAX_DEPTH}
   */
  public Move moveUnder(Category newParent, int subtreeHeight, Instant now) {
    CategoryPath current = path();
    if (newParent != null && newParent.path().isWithin(current)) {
      throw new ConflictException(
          "A category cannot be moved under itself or one of its own descendants.");
    }
    CategoryPath target =
        newParent == null ? CategoryPath.of(CategoryPath.root(id)) : newParent.path().child(id);
    if (target.depth() + subtreeHeight > CategoryPath.MAX_DEPTH) {
      throw tooDeep();
    }
    setParent(newParent);
    path = target.value();
    updatedAt = now;
    return new Move(current.value(), target.value());
  }

  private void setParent(Category parent) {
    parentId = parent == null ? null : parent.id;
    siblingScope = parent == null ? "" : parent.id;
  }

  /** Where a moved subtree was and where it is now. */
  public record Move(String oldPath, String newPath) {}

  private static ConflictException tooDeep() {
    return new ConflictException(
        "The category tree may be at most " + CategoryPath.MAX_DEPTH + " levels deep.");
  }

  public boolean isRoot() {
    return parentId == null;
  }

  public boolean hasParent(String candidate) {
    return Objects.equals(parentId, candidate);
  }

  public CategoryPath path() {
    return CategoryPath.of(path);
  }

  public String id() {
    return id;
  }

  public String parentId() {
    return parentId;
  }

  public String name() {
    return name;
  }

  public String slug() {
    return slug;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
