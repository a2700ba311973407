-- Checkout: where an order ships, until when it may be paid, and what makes requests idempotent.

-- The shipping address is a copy taken at checkout (later profile changes do not move an order).
-- When the customer's account is deleted the personal parts are set to NULL and
-- shipping_anonymised_at records when; the country stays for tax accounting.
ALTER TABLE orders
  ADD COLUMN payment_due_by         DATETIME(6)  NULL,
  ADD COLUMN ship_full_name         VARCHAR(200) NULL,
  ADD COLUMN ship_line1             VARCHAR(100) NULL,
  ADD COLUMN ship_line2             VARCHAR(100) NULL,
  ADD COLUMN ship_city              VARCHAR(100) NULL,
  ADD COLUMN ship_region            VARCHAR(100) NULL,
  ADD COLUMN ship_postal_code       VARCHAR(20)  NULL,
  ADD COLUMN ship_country           CHAR(2)      NULL,
  ADD COLUMN shipping_anonymised_at DATETIME(6)  NULL,
  ADD KEY ix_orders_payment_due (status, payment_due_by),
  ADD KEY ix_orders_placed (placed_at);

-- The reconcile schedule looks for charges and refunds whose outcome is still unknown.
ALTER TABLE payments
  ADD KEY ix_payments_unsettled (status, updated_at);

-- One row per (customer, Idempotency-Key): the request's fingerprint, then the response it got.
-- IN_PROGRESS while the first request runs; COMPLETED with the status and body to answer again.
-- Purged 24 hours after creation.
CREATE TABLE idempotency_keys (
  customer_id     VARCHAR(64)  NOT NULL,
  idem_key        VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  request_hash    CHAR(64)     CHARACTER SET ascii NOT NULL,
  state           VARCHAR(16)  NOT NULL,
  order_id        CHAR(36)     NULL,
  response_status INT          NULL,
  response_type   VARCHAR(100) NULL,
  response_body   MEDIUMTEXT   NULL,
  created_at      DATETIME(6)  NOT NULL,
  completed_at    DATETIME(6)  NULL,
  PRIMARY KEY (customer_id, idem_key),
  KEY ix_idempotency_keys_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Events this service consumed (return.approved, user.deleted), marked in the transaction of their
-- effect so that a redelivered event has no second effect.
CREATE TABLE processed_events (
  event_id     VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  event_type   VARCHAR(100) NOT NULL,
  processed_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (event_id),
  KEY ix_processed_events_processed_at (processed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Approved returns (support-service's return.approved), by the refund that pays them back: the
-- returned lines are restocked when that refund is confirmed.
CREATE TABLE order_returns (
  refund_id    CHAR(36)      NOT NULL,
  order_id     CHAR(36)      NOT NULL,
  ticket_id    VARCHAR(64)   NOT NULL,
  return_lines VARCHAR(4000) NOT NULL,
  approved_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (refund_id),
  KEY ix_order_returns_order (order_id),
  CONSTRAINT fk_order_returns_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
