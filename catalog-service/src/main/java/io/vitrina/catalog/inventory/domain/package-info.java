/**
 * Stock per product: on hand, reserved, and the low-stock threshold. Stock changes only through
 * conditional updates, so on-hand never drops below what reservations hold; manual adjustments are
 * audited.
 */
package io.vitrina.catalog.inventory.domain;
