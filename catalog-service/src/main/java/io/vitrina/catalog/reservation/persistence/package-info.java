/** JPA storage of reservations and their lines, on named queries. */
package io.vitrina.catalog.reservation.persistence;
