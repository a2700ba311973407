package io.vitrina.user.auth.domain;

/** Who is asking, as far as HTTP tells: shown to the user in their list of sessions. */
public record ClientInfo(String userAgent, String ipAddress) {

  static final int MAX_USER_AGENT = 255;
  static final int MAX_IP = 45;

  public ClientInfo {
    userAgent = truncate(userAgent, MAX_USER_AGENT);
    ipAddress = truncate(ipAddress, MAX_IP);
  }

  private static String truncate(String value, int max) {
    if (value == null) {
      return null;
    }
    String plain = value.replaceAll("\\p{Cntrl}", "");
    return plain.length() <= max ? plain : plain.substring(0, max);
  }
}
