/**
 * JPA storage of reports (content in chunks) and the sales report's keyset-paged SQL read of paid
 * orders with their lines.
 */
package io.vitrina.order.report.persistence;
