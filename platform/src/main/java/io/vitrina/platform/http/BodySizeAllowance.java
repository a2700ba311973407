package io.vitrina.platform.http;

import java.util.OptionalLong;

/**
 * A larger body limit than {@code vitrina.http.max-body-bytes} for the few requests of a service
 * that need one, such as file uploads. A service declares it as a CDI bean; {@link
 * BodySizeLimitFilter} asks every such bean before any body is read, still before matching and
 * authentication. An allowance is a limit too: no request body is ever unlimited.
 */
public interface BodySizeAllowance {

  /**
   * The most bytes this request's body may have, when this allowance covers the request.
   *
   * @param method the HTTP method, upper case
   * @param path the request path relative to the application's base, without a leading slash and
   *     still percent-encoded
   * @return the limit, or empty when this allowance does not cover the request
   */
  OptionalLong maxBodyBytes(String method, String path);
}
