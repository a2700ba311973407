/**
 * The sales report's side of catalog-service: which category each product sold is filed under,
 * through the catalog's public reads, behind fault tolerance of its own.
 */
package io.vitrina.order.report.catalog;
