package io.vitrina.user.auth.api;

import io.vitrina.user.auth.domain.ClientInfo;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The client of a request. The address is the peer's as Liberty reports it: behind the OpenShift
 * router, Liberty's {@code remoteIp} setting makes that the forwarded client's.
 */
final class Clients {

  private Clients() {}

  static ClientInfo of(HttpServletRequest request) {
    return new ClientInfo(request.getHeader(HttpHeaders.USER_AGENT), request.getRemoteAddr());
  }
}
