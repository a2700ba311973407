package io.vitrina.user.token.domain;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.List;
import java.util.Optional;

/**
 * The signing keys in force: all of them verify (and are published), one of them signs. Immutable.
 */
public final class SigningKeys {

  private final List<RSAKey> keys;
  private final RSAKey active;

  /**
   * @param keys oldest first
   * @param activeKid the kid that signs; the newest key when empty
   */
  public SigningKeys(List<RSAKey> keys, Optional<String> activeKid) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("at least one signing key");
    }
    this.keys = List.copyOf(keys);
    this.active =
        activeKid
            .map(
                kid ->
                    keys.stream()
                        .filter(k -> kid.equals(k.getKeyID()))
                        .findFirst()
                        .orElseThrow(
                            () ->
                                new IllegalStateException(
                                    "vitrina.jwt.keys.active names kid "
                                        + kid
                                        + ", which no key file has")))
            .orElse(keys.get(keys.size() - 1));
  }

  /** The key that signs new tokens. */
  public RSAKey active() {
    return active;
  }

  /** Every public key, marked for RS256 signatures: the JWKS document. */
  public JWKSet publicJwks() {
    List<JWK> published =
        keys.stream()
            .map(
                k ->
                    (JWK)
                        new RSAKey.Builder(k.toPublicJWK())
                            .keyUse(KeyUse.SIGNATURE)
                            .algorithm(JWSAlgorithm.RS256)
                            .build())
            .toList();
    return new JWKSet(published);
  }

  public List<String> kids() {
    return keys.stream().map(RSAKey::getKeyID).toList();
  }
}
