/**
 * Reservations: stock held for an order, all lines or none, never more than is available, keyed by
 * the order id so that a repeated request is answered with the first one's result. A reservation is
 * committed (sold), released, or expires after {@code vitrina.reservations.ttl}.
 */
package io.vitrina.catalog.reservation.domain;
