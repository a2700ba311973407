package io.vitrina.catalog.search.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of search results.
 *
 * @param page the page asked for; absent when the page was asked for by cursor
 * @param next the URL of the next page (by cursor); absent on the last page
 */
@Schema(name = "SearchPage")
@JsonbPropertyOrder({"items", "total", "page", "size", "next"})
public record SearchPage(
    List<SearchItem> items,
    @Schema(description = "How many products match in all") long total,
    @Schema(description = "The offset page; absent when paging by cursor", nullable = true)
        Integer page,
    int size,
    @Schema(description = "URL of the next page; absent on the last one", nullable = true)
        String next) {}
