package io.vitrina.support.report.domain;

import java.time.LocalDateTime;
import java.util.List;

/** The tickets a report covers, read a keyset page at a time in order of (opened at, id). */
public interface TicketTimings {

  /**
   * The next page of tickets opened in {@code [start, end)}.
   *
   * @param after the last ticket of the previous page, or null for the first page
   */
  List<TicketTiming> page(LocalDateTime start, LocalDateTime end, TicketTiming after, int limit);
}
