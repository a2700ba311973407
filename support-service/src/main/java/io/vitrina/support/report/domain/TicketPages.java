package io.vitrina.support.report.domain;

import java.util.List;
import java.util.function.Consumer;

/** Walks every ticket of a period, a keyset page at a time, so that no report holds them all. */
final class TicketPages {

  static final int PAGE = 500;

  private TicketPages() {}

  static void forEach(TicketTimings tickets, ReportPeriod period, Consumer<TicketTiming> action) {
    TicketTiming after = null;
    List<TicketTiming> page;
    do {
      page = tickets.page(period.start(), period.end(), after, PAGE);
      for (TicketTiming ticket : page) {
        action.accept(ticket);
        after = ticket;
      }
    } while (page.size() == PAGE);
  }
}
