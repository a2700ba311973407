package io.vitrina.user.token.domain;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.UUID;

/**
 * Signs access tokens in MicroProfile JWT form with RS256 and the active key: {@code iss}, {@code
 * sub}, {@code upn}, {@code groups}, {@code iat}, {@code exp}, {@code jti}, {@code sid}, and the
 * key's {@code kid} in the header so verifiers pick the right JWKS entry.
 */
public final class JwtSigner {

  private final SigningKeys keys;
  private final String issuer;
  private final Duration lifetime;
  private final Clock clock;

  public JwtSigner(SigningKeys keys, String issuer, Duration lifetime, Clock clock) {
    this.keys = keys;
    this.issuer = issuer;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** Signs a token that lives the configured access-token lifetime. */
  public IssuedAccessToken sign(AccessTokenClaims claims) {
    return sign(claims, lifetime);
  }

  /** Signs a token that lives {@code lifetime}: service tokens are shorter-lived than users'. */
  public IssuedAccessToken sign(AccessTokenClaims claims, Duration lifetime) {
    // JWT times are whole seconds.
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant expiresAt = now.plus(lifetime);
    String id = UUID.randomUUID().toString();
    JWTClaimsSet.Builder body =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(claims.userId())
            .claim("upn", claims.email())
            .claim("groups", new ArrayList<>(claims.roles()))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expiresAt))
            .jwtID(id);
    claims.sessionId().ifPresent(sid -> body.claim("sid", sid));
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(keys.active().getKeyID())
                .build(),
            body.build());
    try {
      jwt.sign(new RSASSASigner(keys.active()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign with key " + keys.active().getKeyID(), e);
    }
    return new IssuedAccessToken(jwt.serialize(), expiresAt, id);
  }

  public Duration lifetime() {
    return lifetime;
  }
}
