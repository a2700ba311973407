/**
 * Schema migration at application start-up: Flyway applies the service's versioned scripts from
 * {@code classpath:db/migration} through the non-transactional {@code jdbc/vitrinaMigrations} data
 * source before anything else touches the database, and a start-up health check reports whether it
 * has finished. JPA never generates DDL: the migrations own the schema.
 */
package io.vitrina.platform.migration;
