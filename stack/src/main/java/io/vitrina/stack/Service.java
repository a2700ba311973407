package io.vitrina.stack;

import java.util.Map;

/**
 * One Liberty server of the running system, as configured in a {@code <service>} element of the
 * {@code run} goal. Maven fills the fields by name, so the class keeps this simple name and
 * package.
 */
public class Service {
  private String name;
  private String serverName;
  private String database;
  private int httpPort;
  private int httpsPort;
  private Map<String, String> environment;
  private boolean serviceClient;

  public Service() {}

  public Service(String name, String serverName, String database, int httpPort, int httpsPort) {
    this.name = name;
    this.serverName = serverName;
    this.database = database;
    this.httpPort = httpPort;
    this.httpsPort = httpsPort;
  }

  /** Marks this service as one that calls others with a service token of its own. */
  Service asServiceClient() {
    this.serviceClient = true;
    return this;
  }

  public String getName() {
    return name;
  }

  public String getServerName() {
    return serverName == null || serverName.isBlank() ? name : serverName;
  }

  public String getDatabase() {
    return database;
  }

  /** Preferred HTTP port; another free one is used when it is taken. */
  public int getHttpPort() {
    return httpPort;
  }

  public int getHttpsPort() {
    return httpsPort;
  }

  /**
   * Whether this service calls others with a token of its own: it gets a client secret that
   * user-service knows, and where to exchange it for tokens (client credentials).
   */
  public boolean isServiceClient() {
    return serviceClient;
  }

  /** This service's own settings, added last to its environment. */
  public Map<String, String> getEnvironment() {
    return ServerStartMojo.nonNull(environment);
  }
}
