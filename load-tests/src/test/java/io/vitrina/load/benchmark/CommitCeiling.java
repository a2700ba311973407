package io.vitrina.load.benchmark;

import java.sql.SQLException;
import java.time.Duration;

/**
 * The checkout's ceiling for load generators outside this package: the plain JDBC insert-and-commit
 * loop ({@link JdbcCommitLoop}), closed-loop, one connection per client, in the scratch schema it
 * creates and drops.
 */
public final class CommitCeiling {

  private CommitCeiling() {}

  /**
   * Measures the loop after a warm-up of half the measured time.
   *
   * @return commits per second and each commit's latency
   */
  public static LatencyStats measure(
      String url, String user, String password, int clients, Duration measured)
      throws SQLException, InterruptedException {
    LoadRunner runner = new LoadRunner(null, clients, measured.dividedBy(2), measured);
    try (JdbcCommitLoop loop = new JdbcCommitLoop(url, user, password)) {
      loop.createTables();
      return runner.runClients("plain JDBC insert-and-commit loop", client -> loop.client());
    }
  }
}
