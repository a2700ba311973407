/**
 * {@code /api/reservations}: stock held for orders. For now callable by catalog-admin and admin;
 * order-service's service-to-service access comes with the orders work.
 */
package io.vitrina.catalog.reservation.api;
