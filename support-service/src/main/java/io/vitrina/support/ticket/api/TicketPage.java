package io.vitrina.support.ticket.api;

import java.util.List;

/** A page of the queue. */
public record TicketPage(List<TicketView> items, int page, int size, long total) {}
