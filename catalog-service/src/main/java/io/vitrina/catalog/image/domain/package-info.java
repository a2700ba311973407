/**
 * Product images: bytes accepted only when their own signature and header say they are a PNG, JPEG,
 * GIF or WebP of bounded size and dimensions, stored immutably in the catalog database with a
 * SHA-256 that serves as their ETag, in a gap-free order per product.
 */
package io.vitrina.catalog.image.domain;
