/**
 * JPA storage of reports (content in chunks) and the inventory report's keyset-paged read of
 * products with their stock.
 */
package io.vitrina.catalog.report.persistence;
