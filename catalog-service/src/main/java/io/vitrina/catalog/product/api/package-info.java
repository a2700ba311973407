/**
 * {@code /api/products} and {@code /api/categories/{id}/products}: anyone reads ACTIVE products;
 * catalog-admin and admin read every product and write them. Updates carry the version the client
 * read, in the body or as {@code If-Match: "<version>"}; every product response has it as ETag.
 */
package io.vitrina.catalog.product.api;
