package io.vitrina.user.auth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One refresh token of a family, by hash. Used tokens stay until their family ends: they are how a
 * replay is recognised.
 */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private Session session;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RefreshToken() {}

  RefreshToken(String tokenHash, Session session, Instant issuedAt) {
    this.tokenHash = tokenHash;
    this.session = session;
    this.issuedAt = issuedAt;
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  void markUsed(Instant now) {
    usedAt = now;
  }

  public String tokenHash() {
    return tokenHash;
  }

  public Session session() {
    return session;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant usedAt() {
    return usedAt;
  }
}
