package io.vitrina.support.feedback.api;

import java.util.List;

/** A page of per-product summaries. */
public record RatingSummaryPage(List<RatingSummaryView> items, int page, int size, long total) {}
