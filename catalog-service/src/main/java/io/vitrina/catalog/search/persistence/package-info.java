/**
 * Search in SQL: the statements are assembled from fixed fragments only ({@link
 * io.vitrina.catalog.search.persistence.SearchSql}), every value a client sent is a bound
 * parameter, and they run through JDBC on the service's own datasource.
 */
package io.vitrina.catalog.search.persistence;
