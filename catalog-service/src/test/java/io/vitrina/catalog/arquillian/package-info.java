/**
 * Arquillian tests that run inside the catalog-service Liberty server the build started, for what
 * needs the container: JPA on the real database, and stock reservations under real concurrency.
 */
package io.vitrina.catalog.arquillian;
