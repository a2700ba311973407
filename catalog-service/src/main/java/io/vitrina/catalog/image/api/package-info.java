/**
 * {@code /api/products/{id}/images}: anyone lists and fetches the images of the products they may
 * see (ACTIVE ones, or every one for catalog-admin and admin); catalog-admin and admin upload
 * (multipart/form-data), reorder and delete them. Image bytes are served with their sniffed type, a
 * strong ETag (their SHA-256) and a day's caching, since an image never changes under its id.
 */
package io.vitrina.catalog.image.api;
