package io.vitrina.user.account.persistence;

import io.vitrina.user.account.domain.User;
import io.vitrina.user.account.domain.UserRepository;
import io.vitrina.user.account.domain.UserSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Accounts in the {@code users} table and its {@code user_roles} and {@code user_addresses}. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  /** The LIKE escape character: not a backslash, which MySQL also treats as a string escape. */
  private static final char ESCAPE = '!';

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public Optional<User> find(String id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  @Override
  public Optional<User> findByEmail(String email) {
    return em.createNamedQuery("User.findByEmail", User.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(User user) {
    em.persist(user);
    // Surfaces a duplicate email here, where it becomes a 409, rather than at commit.
    em.flush();
  }

  @Override
  public void remove(User user) {
    em.remove(user);
  }

  @Override
  public List<User> search(UserSearch search, int page, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<User> query = cb.createQuery(User.class);
    Root<User> user = query.from(User.class);
    query.select(user).where(matching(search, cb, user)).orderBy(cb.asc(user.get("email")));
    return em.createQuery(query)
        .setFirstResult(Math.multiplyExact(page, size))
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long count(UserSearch search) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<User> user = query.from(User.class);
    query.select(cb.count(user)).where(matching(search, cb, user));
    return em.createQuery(query).getSingleResult();
  }

  private static Predicate[] matching(UserSearch search, CriteriaBuilder cb, Root<User> user) {
    List<Predicate> predicates = new ArrayList<>();
    search
        .text()
        .ifPresent(
            text -> {
              // The text is data: its % and _ match themselves, not anything.
              String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
              predicates.add(
                  cb.or(
                      cb.like(user.get("email"), pattern, ESCAPE),
                      cb.like(cb.lower(user.get("displayName")), pattern, ESCAPE)));
            });
    search.status().ifPresent(status -> predicates.add(cb.equal(user.get("status"), status)));
    search.role().ifPresent(role -> predicates.add(cb.isMember(role, user.get("roles"))));
    return predicates.toArray(Predicate[]::new);
  }

  static String escapeLike(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == ESCAPE || c == '%' || c == '_') {
        escaped.append(ESCAPE);
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
