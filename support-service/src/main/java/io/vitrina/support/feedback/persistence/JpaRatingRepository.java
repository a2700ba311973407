package io.vitrina.support.feedback.persistence;

import io.vitrina.support.feedback.domain.DuplicateRatingException;
import io.vitrina.support.feedback.domain.ProductRating;
import io.vitrina.support.feedback.domain.RatingComment;
import io.vitrina.support.feedback.domain.RatingRepository;
import io.vitrina.support.feedback.domain.RatingSort;
import io.vitrina.support.feedback.domain.RatingSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Ratings in {@code product_ratings}. The aggregates are computed by the database, one grouped
 * query per page, so that a product's thousands of ratings never travel to the service.
 */
@ApplicationScoped
public class JpaRatingRepository implements RatingRepository {

  private static final String SUMMARY =
      "SELECT r.productId, COUNT(r),"
          + " SUM(CASE WHEN r.rating = 1 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN r.rating = 2 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN r.rating = 3 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN r.rating = 4 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN r.rating = 5 THEN 1 ELSE 0 END),"
          + " MAX(r.ratedAt)"
          + " FROM ProductRating r";

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public void add(ProductRating rating) {
    em.persist(rating);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new DuplicateRatingException(e);
      }
      throw e;
    }
  }

  @Override
  public Optional<ProductRating> find(String customerId, String orderId, String productId) {
    return em.createQuery(
            "SELECT r FROM ProductRating r WHERE r.customerId = :customer AND r.orderId = :order"
                + " AND r.productId = :product",
            ProductRating.class)
        .setParameter("customer", customerId)
        .setParameter("order", orderId)
        .setParameter("product", productId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<RatingSummary> summaries(RatingSort sort, int offset, int limit) {
    return em
        .createQuery(SUMMARY + " GROUP BY r.productId ORDER BY " + orderBy(sort), Object[].class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(JpaRatingRepository::summary)
        .toList();
  }

  @Override
  public long ratedProducts() {
    return em.createQuery("SELECT COUNT(DISTINCT r.productId) FROM ProductRating r", Long.class)
        .getSingleResult();
  }

  @Override
  public RatingSummary summary(String productId) {
    return em.createQuery(
            SUMMARY + " WHERE r.productId = :product GROUP BY r.productId", Object[].class)
        .setParameter("product", productId)
        .getResultStream()
        .findFirst()
        .map(JpaRatingRepository::summary)
        .orElseGet(() -> RatingSummary.none(productId));
  }

  @Override
  public List<RatingComment> latest(String productId, int limit) {
    return em.createQuery(
            "SELECT NEW io.vitrina.support.feedback.domain.RatingComment(r.ticketId, r.rating,"
                + " t.subject, t.body, r.ratedAt) FROM ProductRating r, Ticket t WHERE t.id ="
                + " r.ticketId AND r.productId = :product ORDER BY r.ratedAt DESC, r.ticketId",
            RatingComment.class)
        .setParameter("product", productId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The ORDER BY of a sort; ties always broken by product id, so pages never overlap. */
  static String orderBy(RatingSort sort) {
    // The average as sum over count keeps to portable JPQL aggregates.
    String average = "SUM(r.rating) * 1.0 / COUNT(r)";
    return switch (sort) {
      case MOST_RATED -> "COUNT(r) DESC, r.productId";
      case BEST -> average + " DESC, COUNT(r) DESC, r.productId";
      case WORST -> average + " ASC, COUNT(r) DESC, r.productId";
      case RECENT -> "MAX(r.ratedAt) DESC, r.productId";
    };
  }

  private static RatingSummary summary(Object[] row) {
    return new RatingSummary(
        (String) row[0],
        ((Number) row[1]).longValue(),
        List.of(
            ((Number) row[2]).longValue(),
            ((Number) row[3]).longValue(),
            ((Number) row[4]).longValue(),
            ((Number) row[5]).longValue(),
            ((Number) row[6]).longValue()),
        instant(row[7]));
  }

  /** MAX over a converted column may come back unconverted, as the column's UTC wall time. */
  static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof LocalDateTime utc) {
      return utc.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected time value " + value.getClass());
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
      if (cause instanceof java.sql.SQLException sql && "23000".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
