package io.vitrina.catalog.category.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.problem.ConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CategoryTest {

  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

  @Test
  void shouldGiveRootAPathOfItsOwnId() {
    Category root = Category.create(null, "Shoes", "shoes", NOW);
    assertEquals("/" + root.id() + "/", root.path().value());
    assertEquals(1, root.path().depth());
    assertTrue(root.isRoot());
  }

  @Test
  void shouldExtendParentPathForChild() {
    Category root = Category.create(null, "Shoes", "shoes", NOW);
    Category child = Category.create(root, "Running", "running", NOW);
    assertEquals(root.path().value() + child.id() + "/", child.path().value());
    assertEquals(2, child.path().depth());
    assertEquals(root.id(), child.parentId());
  }

  @Test
  void shouldRefuseMovingUnderOwnDescendant() {
    Category root = Category.create(null, "Shoes", "shoes", NOW);
    Category child = Category.create(root, "Running", "running", NOW);
    Category grandchild = Category.create(child, "Trail", "trail", NOW);
    String before = root.path().value();

    assertThrows(ConflictException.class, () -> root.moveUnder(grandchild, 2, NOW));
    assertThrows(ConflictException.class, () -> root.moveUnder(child, 2, NOW));
    assertEquals(before, root.path().value());
    assertTrue(root.isRoot());
  }

  @Test
  void shouldRefuseMovingUnderItself() {
    Category root = Category.create(null, "Shoes", "shoes", NOW);
    assertThrows(ConflictException.class, () -> root.moveUnder(root, 0, NOW));
  }

  @Test
  void shouldMoveUnderSiblingAndReportOldAndNewPath() {
    Category shoes = Category.create(null, "Shoes", "shoes", NOW);
    Category sport = Category.create(null, "Sport", "sport", NOW);
    Category running = Category.create(shoes, "Running", "running", NOW);

    Category.Move move = running.moveUnder(sport, 0, NOW.plusSeconds(60));

    assertEquals(shoes.path().value() + running.id() + "/", move.oldPath());
    assertEquals(sport.path().value() + running.id() + "/", move.newPath());
    assertEquals(move.newPath(), running.path().value());
    assertEquals(sport.id(), running.parentId());
    assertEquals(NOW.plusSeconds(60), running.updatedAt());
  }

  @Test
  void shouldMoveToTopWhenNoParent() {
    Category shoes = Category.create(null, "Shoes", "shoes", NOW);
    Category running = Category.create(shoes, "Running", "running", NOW);
    running.moveUnder(null, 0, NOW);
    assertNull(running.parentId());
    assertEquals("/" + running.id() + "/", running.path().value());
  }

  @Test
  void shouldRefuseMoveThatMakesTreeTooDeep() {
    Category parent = Category.create(null, "Level 1", "l1", NOW);
    for (int level = 2; level <= CategoryPath.MAX_DEPTH - 1; level++) {
      parent = Category.create(parent, "Level " + level, "l" + level, NOW);
    }
    Category other = Category.create(null, "Other", "other", NOW);
    Category deepParent = parent;
    // Depth 8 for the moved category itself is fine; one level below it would be a ninth.
    assertThrows(ConflictException.class, () -> other.moveUnder(deepParent, 1, NOW));
    other.moveUnder(deepParent, 0, NOW);
    assertEquals(CategoryPath.MAX_DEPTH, other.path().depth());
    Category deepest = other;
    assertThrows(ConflictException.class, () -> Category.create(deepest, "Ninth", "l9", NOW));
  }

  @Test
  void shouldNotTakeIdPrefixForAncestor() {
    CategoryPath ab = CategoryPath.of("/ab/");
    assertFalse(ab.isWithin(CategoryPath.of("/a/")));
    assertTrue(CategoryPath.of("/a/b/").isWithin(CategoryPath.of("/a/")));
    assertTrue(ab.isWithin(ab));
  }

  @Test
  void shouldRejectMalformedPaths() {
    assertThrows(IllegalArgumentException.class, () -> CategoryPath.of("a/"));
    assertThrows(IllegalArgumentException.class, () -> CategoryPath.of("/a"));
    assertThrows(IllegalArgumentException.class, () -> CategoryPath.of("/"));
  }
}
