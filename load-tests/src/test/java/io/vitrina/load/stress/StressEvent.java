package io.vitrina.load.stress;

import java.util.List;

/**
 * One response (or a request that got none) as the stress run saw it.
 *
 * @param phase the phase of the run ({@code ceiling-first}, {@code mix}, {@code ceiling-last})
 * @param request the request's name as in Gatling's report, {@code <service>: <what>}
 * @param endMillis when it ended, epoch milliseconds
 * @param latencyMillis from sending the request to the end of the response
 * @param ok whether it passed its checks
 */
record StressEvent(String phase, String request, long endMillis, long latencyMillis, boolean ok) {

  static final String FILE = "events.csv";
  static final String HEADER = "phase,request,end_ms,latency_ms,ok";

  /** The service a request went to: its name up to the colon. */
  String service() {
    int colon = request.indexOf(':');
    return colon < 0 ? request : request.substring(0, colon);
  }

  String csv() {
    return String.join(
        ",",
        phase,
        request,
        Long.toString(endMillis),
        Long.toString(latencyMillis),
        ok ? "1" : "0");
  }

  /** Parses a line written by {@link #csv()}; names hold no commas. */
  static StressEvent parse(String line) {
    List<String> fields = List.of(line.split(",", -1));
    if (fields.size() != 5) {
      throw new IllegalArgumentException("not an event line: " + line);
    }
    return new StressEvent(
        fields.get(0),
        fields.get(1),
        Long.parseLong(fields.get(2)),
        Long.parseLong(fields.get(3)),
        "1".equals(fields.get(4)));
  }
}
