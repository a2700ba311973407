-- The refunds whose units this service has put back on hand, written in the same transaction as the
-- restock. A refund is restocked once, whatever event carries it: a redelivery has the same event id
-- (processed_events catches it), a republished refund has a new one and is caught here. Kept for good:
-- one short row per refund.
CREATE TABLE restocked_refunds (
  refund_id    VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  order_id     VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  restocked_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (refund_id),
  KEY ix_restocked_refunds_order_id (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
