package io.vitrina.catalog.category.persistence;

import io.vitrina.catalog.category.domain.Category;
import io.vitrina.catalog.category.domain.CategoryPath;
import io.vitrina.catalog.category.domain.CategoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Categories in {@code categories}; the tree lock is the single row of {@code category_tree_lock}.
 */
@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public void add(Category category) {
    em.persist(category);
  }

  @Override
  public Optional<Category> find(String id) {
    return Optional.ofNullable(em.find(Category.class, id));
  }

  @Override
  public List<Category> all() {
    return em.createNamedQuery("Category.all", Category.class).getResultList();
  }

  @Override
  public boolean slugTaken(String parentId, String slug, String exceptId) {
    var query =
        parentId == null
            ? em.createNamedQuery("Category.countRootSlug", Long.class)
            : em.createNamedQuery("Category.countChildSlug", Long.class)
                .setParameter("parentId", parentId);
    return query.setParameter("slug", slug).setParameter("exceptId", exceptId).getSingleResult()
        > 0;
  }

  @Override
  public int heightBelow(Category category) {
    List<String> deepest =
        em.createNamedQuery("Category.pathsBelow", String.class)
            .setParameter("prefix", category.path().subtreePattern())
            .setMaxResults(1)
            .getResultList();
    return deepest.isEmpty()
        ? 0
        : CategoryPath.of(deepest.get(0)).depth() - category.path().depth();
  }

  @Override
  public void rebaseDescendants(String categoryId, Category.Move move) {
    // The moved category's own row is written first, so the bulk update sees only descendants.
    em.flush();
    em.createNamedQuery("Category.rebase")
        .setParameter("newPath", move.newPath())
        .setParameter("keepFrom", move.oldPath().length() + 1)
        .setParameter("prefix", move.oldPath() + "%")
        .setParameter("id", categoryId)
        .executeUpdate();
  }

  @Override
  public void lockTree() {
    // A native locking read: JPQL has no entity for the lock row, and needs none.
    em.createNativeQuery("SELECT id FROM category_tree_lock WHERE id = 1 FOR UPDATE")
        .getResultList();
  }
}
