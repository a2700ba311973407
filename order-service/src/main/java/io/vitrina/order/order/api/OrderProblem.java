package io.vitrina.order.order.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem with the products a checkout was refused for, as {@code productIds}. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "productIds"})
public record OrderProblem(
    URI type, String title, int status, String detail, String instance, List<String> productIds) {}
