package io.vitrina.user.account.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, from the verified access token. */
@RequestScoped
public class CurrentUser {

  @Inject JsonWebToken token;

  /** The caller's user id (the token's {@code sub}). */
  public String id() {
    return token.getSubject();
  }

  /** The session the token was issued in (its {@code sid}); absent in a token minted elsewhere. */
  public Optional<String> sessionId() {
    Object sid = token.getClaim("sid");
    // Custom claims may come back as JSON-P values rather than Java strings.
    if (sid instanceof JsonString json) {
      return Optional.of(json.getString());
    }
    return Optional.ofNullable(sid).map(Object::toString);
  }
}
