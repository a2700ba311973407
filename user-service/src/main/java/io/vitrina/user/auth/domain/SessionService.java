package io.vitrina.user.auth.domain;

import io.vitrina.user.account.domain.AccountSessions;
import io.vitrina.user.account.domain.User;
import io.vitrina.user.account.domain.UserRepository;
import io.vitrina.user.token.domain.AccessTokenClaims;
import io.vitrina.user.token.domain.IssuedAccessToken;
import io.vitrina.user.token.domain.JwtSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sessions and their refresh tokens: opening one at login, rotating its token on refresh (and
 * revoking the family when a used token comes back), listing and ending them.
 */
@ApplicationScoped
@Transactional
public class SessionService implements AccountSessions {

  private static final Logger LOG = Logger.getLogger(SessionService.class.getName());

  @Inject SessionRepository sessions;
  @Inject UserRepository users;
  @Inject JwtSigner signer;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "vitrina.jwt.refresh-token.ttl", defaultValue = "P30D")
  Duration refreshTokenTtl;

  /** Opens a session for a user who just proved who they are. */
  public SessionTokens open(User user, ClientInfo client) {
    Instant now = clock.instant();
    Session session = Session.open(user.id(), client, now, refreshTokenTtl);
    String refreshToken = RefreshTokens.generate();
    sessions.add(session);
    sessions.addToken(session.firstToken(RefreshTokens.hash(refreshToken)));
    return tokens(user, session, refreshToken);
  }

  /**
   * Exchanges a refresh token for new tokens, rotating it. A token presented a second time is a
   * replay: the whole family is revoked, which logs out the thief and the victim alike (the victim
   * logs in again; the thief cannot). Runs without rolling back on the 401, so that the revocation
   * sticks.
   *
   * @throws InvalidRefreshTokenException for an unknown, used, expired token or an account that
   *     cannot log in
   */
  @Transactional(dontRollbackOn = InvalidRefreshTokenException.class)
  public SessionTokens refresh(String refreshToken, ClientInfo client) {
    Instant now = clock.instant();
    RefreshToken presented =
        sessions
            .findTokenForUpdate(RefreshTokens.hash(refreshToken))
            .orElseThrow(InvalidRefreshTokenException::new);
    Session session = presented.session();
    switch (session.judge(presented, now)) {
      case REUSED -> {
        LOG.warning(
            () ->
                "Refresh token reused: revoking session "
                    + session.id()
                    + " of user "
                    + session.userId());
        sessions.remove(session);
        throw new InvalidRefreshTokenException();
      }
      case EXPIRED -> {
        sessions.remove(session);
        throw new InvalidRefreshTokenException();
      }
      case VALID -> {
        // Rotate below.
      }
    }
    Optional<User> user = users.find(session.userId()).filter(User::isActive);
    if (user.isEmpty()) {
      sessions.remove(session);
      throw new InvalidRefreshTokenException();
    }
    String next = RefreshTokens.generate();
    sessions.addToken(session.rotate(presented, RefreshTokens.hash(next), client, now));
    return tokens(user.get(), session, next);
  }

  /**
   * Ends the session a refresh token belongs to, if it is the user's; quietly does nothing
   * otherwise (logout is idempotent and must not reveal whose a token is).
   */
  public void logout(String userId, String refreshToken) {
    sessions
        .findTokenForUpdate(RefreshTokens.hash(refreshToken))
        .map(RefreshToken::session)
        .filter(s -> s.userId().equals(userId))
        .ifPresent(sessions::remove);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Session> list(String userId) {
    return sessions.listActive(userId, clock.instant());
  }

  /**
   * Ends one of the user's sessions.
   *
   * @return false when the user has no such session (someone else's counts as none)
   */
  public boolean revoke(String userId, String sessionId) {
    Optional<Session> session = sessions.find(sessionId).filter(s -> s.userId().equals(userId));
    session.ifPresent(sessions::remove);
    return session.isPresent();
  }

  public void revokeAll(String userId) {
    sessions.removeAll(userId);
  }

  @Override
  public void revokeAllExcept(String userId, Optional<String> keptSessionId) {
    keptSessionId.ifPresentOrElse(
        kept -> sessions.removeAllExcept(userId, kept), () -> sessions.removeAll(userId));
  }

  private SessionTokens tokens(User user, Session session, String refreshToken) {
    IssuedAccessToken access =
        signer.sign(
            new AccessTokenClaims(
                user.id(), user.email(), user.roleNames(), Optional.of(session.id())));
    return new SessionTokens(
        session.id(), access.token(), access.expiresAt(), refreshToken, session.expiresAt());
  }
}
