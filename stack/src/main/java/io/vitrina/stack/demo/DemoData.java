package io.vitrina.stack.demo;

import java.util.List;

/**
 * Loads one service's demo data through its REST API. Loading must be idempotent (the run goal
 * loads again at every start), and a service that answers unexpectedly yields warnings, not a
 * failure: the system is still worth running without its demo data.
 */
public interface DemoData {
  /** The service name (as in the run goal's {@code <service><name>}) this data belongs to. */
  String service();

  /**
   * @return lines for the run summary, e.g. accounts a newcomer can log in with
   */
  List<String> load(DemoContext context) throws InterruptedException;

  /** Every implementation, one per service that has demo data. */
  static List<DemoData> all() {
    return List.of(
        new UserServiceDemoData(),
        new CatalogServiceDemoData(),
        new OrderServiceDemoData(),
        new SupportServiceDemoData());
  }
}
