package io.vitrina.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reports in {@code reports}, their content in {@code report_chunks}. */
@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public void add(Report report) {
    em.persist(report);
    // A second pending identical report must fail here, where the caller can answer with the first.
    em.flush();
  }

  @Override
  public Optional<Report> find(String id) {
    return Optional.ofNullable(em.find(Report.class, id));
  }

  @Override
  public Optional<Report> findForUpdate(String id) {
    return Optional.ofNullable(em.find(Report.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Report> findPending(String pendingKey) {
    return em.createNamedQuery("Report.pendingByKey", Report.class)
        .setParameter("pendingKey", pendingKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void addChunk(ReportChunk chunk) {
    em.persist(chunk);
    // Written now and forgotten: a long report must not pile up in the persistence context.
    em.flush();
    em.detach(chunk);
  }

  @Override
  public Optional<byte[]> chunk(String reportId, int seq) {
    ReportChunk chunk = em.find(ReportChunk.class, new ReportChunk.Key(reportId, seq));
    if (chunk == null) {
      return Optional.empty();
    }
    em.detach(chunk);
    return Optional.of(chunk.data());
  }

  @Override
  public List<String> requestedBefore(Instant before, int limit) {
    return em.createNamedQuery("Report.requestedBefore", String.class)
        .setParameter("before", before)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<String> pendingSince(Instant before, int limit) {
    return em.createNamedQuery("Report.stale", String.class)
        .setParameter("statuses", List.of(ReportStatus.QUEUED, ReportStatus.RUNNING))
        .setParameter("before", before)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean delete(String id) {
    // The chunks go with their report (ON DELETE CASCADE); a bulk delete never loads them.
    return em.createQuery("DELETE FROM Report r WHERE r.id = :id")
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }
}
