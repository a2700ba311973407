/**
 * {@code GET /api/search}: turns query parameters into validated search criteria, answers a page of
 * results, and marks anonymous answers cacheable (public, short max-age, weak ETag) and every other
 * answer private.
 */
package io.vitrina.catalog.search.api;
