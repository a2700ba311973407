-- The read model of other services' data that ticket context and return checks fall back on when
-- those services do not answer, fed by user.* and order.* events; and the anonymisation mark of
-- tickets whose customer deleted their account.

-- Events already applied, by CloudEvents id: a redelivered event changes nothing.
CREATE TABLE processed_events (
  event_id     VARCHAR(200) CHARACTER SET ascii NOT NULL,
  event_type   VARCHAR(64)  NOT NULL,
  processed_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (event_id),
  KEY ix_processed_events_at (processed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A customer as user-service last told us. A deleted account keeps its row as a tombstone
-- (status DELETED, no personal data) so that an older event arriving late cannot bring it back.
-- updated_at is the time of the newest event applied.
CREATE TABLE customer_snapshots (
  id           VARCHAR(64)  NOT NULL,
  display_name VARCHAR(200) NULL,
  email        VARCHAR(254) NULL,
  status       VARCHAR(16)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An order as order-service's events told it. status_at is the time of the event that set the
-- status (an older one never overwrites it); lines, total and placed_at come from order.placed,
-- which may arrive after later events (then they stay empty until it does).
CREATE TABLE order_snapshots (
  id           CHAR(36)       NOT NULL,
  customer_id  VARCHAR(64)    NOT NULL,
  status       VARCHAR(24)    NOT NULL,
  status_at    DATETIME(6)    NOT NULL,
  total        DECIMAL(19, 4) NULL,
  currency     CHAR(3)        NULL,
  placed_at    DATETIME(6)    NULL,
  paid_at      DATETIME(6)    NULL,
  delivered_at DATETIME(6)    NULL,
  refunded_at  DATETIME(6)    NULL,
  updated_at   DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  KEY ix_order_snapshots_customer (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE order_snapshot_lines (
  order_id   CHAR(36)       NOT NULL,
  product_id CHAR(36)       NOT NULL,
  sku        VARCHAR(64)    NOT NULL,
  quantity   INT            NOT NULL,
  unit_price DECIMAL(19, 4) NOT NULL,
  PRIMARY KEY (order_id, product_id),
  CONSTRAINT fk_order_snapshot_lines_order FOREIGN KEY (order_id) REFERENCES order_snapshots (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per order that ever had a return opened: opening a return locks it, so two returns of
-- the same order are checked one after the other and cannot together return more than was bought.
CREATE TABLE return_order_locks (
  order_id CHAR(36) NOT NULL,
  PRIMARY KEY (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When a ticket lost its personal data because its customer deleted their account.
ALTER TABLE tickets ADD COLUMN anonymised_at DATETIME(6) NULL;

-- Finding the return tickets of an order (return checks, refunds).
CREATE INDEX ix_tickets_order ON tickets (order_id);
