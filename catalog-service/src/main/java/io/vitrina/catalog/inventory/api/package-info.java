/**
 * {@code /api/products/{id}/inventory}: stock levels and their audited manual adjustments, for
 * catalog-admin and admin.
 */
package io.vitrina.catalog.inventory.api;
