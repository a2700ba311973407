package io.vitrina.support.ticket.api;

import io.vitrina.support.Roles;
import io.vitrina.support.ticket.domain.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request: their user id is the token's {@code sub}; support-agents and
 * admins act as agents, everyone else as a customer.
 */
@RequestScoped
public class Callers {

  @Inject JsonWebToken token;

  public Caller current() {
    String id = token == null ? null : token.getSubject();
    if (id == null || id.isBlank()) {
      throw new NotAuthorizedException("Bearer");
    }
    boolean agent =
        token.getGroups() != null
            && (token.getGroups().contains(Roles.SUPPORT_AGENT)
                || token.getGroups().contains(Roles.ADMIN));
    return new Caller(id, agent);
  }
}
