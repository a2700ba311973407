package io.vitrina.catalog.category.domain;

/**
 * A materialized path: the ids from the root down to a category, each followed by a slash ({@code
 * /a/b/c/}). A category's subtree is every path that starts with its own, which is why the path
 * ends in a slash: {@code /a/} must not be a prefix of {@code /ab/}.
 */
public record CategoryPath(String value) {

  /** Levels a tree may have: a bound on path length and on what a client can make us store. */
  public static final int MAX_DEPTH = 8;

  public CategoryPath {
    if (value == null || !value.startsWith("/") || !value.endsWith("/") || value.length() < 3) {
      throw new IllegalArgumentException("not a category path: " + value);
    }
  }

  public static CategoryPath of(String value) {
    return new CategoryPath(value);
  }

  /** The path of a root category. */
  public static String root(String id) {
    return "/" + id + "/";
  }

  public CategoryPath child(String id) {
    return new CategoryPath(value + id + "/");
  }

  /** 1 for a root, 2 for its children, ... */
  public int depth() {
    return (int) value.chars().filter(c -> c == '/').count() - 1;
  }

  /** Whether this path is {@code ancestor} itself or lies below it. */
  public boolean isWithin(CategoryPath ancestor) {
    return value.startsWith(ancestor.value);
  }

  /** The JPQL LIKE pattern of this category and its whole subtree (ids hold no wildcards). */
  public String subtreePattern() {
    return value + "%";
  }
}
