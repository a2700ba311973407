/**
 * Product search: what a search asks for ({@link io.vitrina.catalog.search.domain.SearchCriteria}),
 * how free text becomes a safe full-text expression ({@link
 * io.vitrina.catalog.search.domain.TextQuery}), the opaque keyset cursor ({@link
 * io.vitrina.catalog.search.domain.Cursor}), and the service that runs a search and counts it.
 */
package io.vitrina.catalog.search.domain;
