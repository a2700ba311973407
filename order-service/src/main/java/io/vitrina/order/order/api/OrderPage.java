package io.vitrina.order.order.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of orders, newest first, and how many match in all. */
@Schema(name = "OrderPage")
public record OrderPage(List<OrderView> items, int page, int size, long total) {}
