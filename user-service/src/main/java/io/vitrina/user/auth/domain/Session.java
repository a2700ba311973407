package io.vitrina.user.auth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A login session: one refresh-token family, from a login to its logout, expiry or revocation. Its
 * id travels in access tokens as the {@code sid} claim so that a user can tell "this device".
 */
@Entity
@Table(name = "sessions")
@NamedQuery(
    name = "Session.listActive",
    query =
        "SELECT s FROM Session s WHERE s.userId = :userId AND s.expiresAt > :now"
            + " ORDER BY s.lastUsedAt DESC")
@NamedQuery(name = "Session.removeAll", query = "DELETE FROM Session s WHERE s.userId = :userId")
@NamedQuery(
    name = "Session.removeExpired",
    query = "DELETE FROM Session s WHERE s.expiresAt <= :now")
@NamedQuery(
    name = "Session.removeAllExcept",
    query = "DELETE FROM Session s WHERE s.userId = :userId AND s.id <> :keptId")
public class Session {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "user_id", length = 36, nullable = false)
  private String userId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at", nullable = false)
  private Instant lastUsedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "user_agent", length = ClientInfo.MAX_USER_AGENT)
  private String userAgent;

  @Column(name = "client_ip", length = ClientInfo.MAX_IP)
  private String clientIp;

  protected Session() {}

  /**
   * Opens a session lasting {@code lifetime}: the family expires then however often it is
   * refreshed, so a stolen family dies at the latest when the legitimate one would.
   */
  public static Session open(String userId, ClientInfo client, Instant now, Duration lifetime) {
    Session session = new Session();
    session.id = UUID.randomUUID().toString();
    session.userId = userId;
    session.createdAt = now;
    session.lastUsedAt = now;
    session.expiresAt = now.plus(lifetime);
    session.userAgent = client.userAgent();
    session.clientIp = client.ipAddress();
    return session;
  }

  /** The family's first token. */
  public RefreshToken firstToken(String tokenHash) {
    return new RefreshToken(tokenHash, this, createdAt);
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /**
   * Rotates the family: the presented token is used up and the next one issued. The caller has made
   * sure the presented token was unused (see {@link #judge}).
   */
  public RefreshToken rotate(
      RefreshToken presented, String nextHash, ClientInfo client, Instant now) {
    if (presented.session() != this || presented.isUsed()) {
      throw new IllegalStateException("only an unused token of this family rotates");
    }
    presented.markUsed(now);
    lastUsedAt = now;
    if (client.ipAddress() != null) {
      clientIp = client.ipAddress();
    }
    if (client.userAgent() != null) {
      userAgent = client.userAgent();
    }
    return new RefreshToken(nextHash, this, now);
  }

  /** What presenting a token of this family means now. */
  public Verdict judge(RefreshToken presented, Instant now) {
    if (presented.isUsed()) {
      return Verdict.REUSED;
    }
    if (isExpired(now)) {
      return Verdict.EXPIRED;
    }
    return Verdict.VALID;
  }

  /** The outcomes of presenting a refresh token. */
  public enum Verdict {
    /** Unused and in time: rotate. */
    VALID,
    /** Used before: a replay, so the whole family is revoked. */
    REUSED,
    /** The family's lifetime is over. */
    EXPIRED
  }

  public String id() {
    return id;
  }

  public String userId() {
    return userId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public String userAgent() {
    return userAgent;
  }

  public String clientIp() {
    return clientIp;
  }
}
