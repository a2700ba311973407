/**
 * {@code /api/categories}: the category tree. Anyone may read it; creating, renaming and moving
 * categories needs catalog-admin or admin.
 */
package io.vitrina.catalog.category.api;
