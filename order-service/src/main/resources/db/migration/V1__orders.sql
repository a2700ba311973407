-- One cart per customer (the token's subject), kept until the customer empties it.
CREATE TABLE carts (
  customer_id VARCHAR(64) NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  updated_at  DATETIME(6) NOT NULL,
  version     BIGINT      NOT NULL,
  PRIMARY KEY (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A cart line keeps the last price and name the catalog gave for the product, so that the cart stays
-- readable (marked stale) while the catalog cannot be reached.
CREATE TABLE cart_lines (
  customer_id      VARCHAR(64)   NOT NULL,
  product_id       CHAR(36)      NOT NULL,
  sku              VARCHAR(40)   NOT NULL,
  name             VARCHAR(200)  NOT NULL,
  quantity         INT           NOT NULL,
  unit_price       DECIMAL(19,4) NOT NULL,
  currency         CHAR(3)       NOT NULL,
  price_checked_at DATETIME(6)   NOT NULL,
  added_at         DATETIME(6)   NOT NULL,
  PRIMARY KEY (customer_id, product_id),
  KEY ix_cart_lines_added (customer_id, added_at),
  CONSTRAINT fk_cart_lines_cart FOREIGN KEY (customer_id) REFERENCES carts (customer_id)
    ON DELETE CASCADE,
  CONSTRAINT ck_cart_lines_quantity CHECK (quantity > 0),
  CONSTRAINT ck_cart_lines_price CHECK (unit_price > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An order with the totals it was placed at; the lines carry the price snapshot.
CREATE TABLE orders (
  id          CHAR(36)      NOT NULL,
  customer_id VARCHAR(64)   NOT NULL,
  status      VARCHAR(24)   NOT NULL,
  currency    CHAR(3)       NOT NULL,
  subtotal    DECIMAL(19,4) NOT NULL,
  shipping    DECIMAL(19,4) NOT NULL,
  tax         DECIMAL(19,4) NOT NULL,
  total       DECIMAL(19,4) NOT NULL,
  placed_at   DATETIME(6)   NOT NULL,
  paid_at     DATETIME(6)   NULL,
  updated_at  DATETIME(6)   NOT NULL,
  version     BIGINT        NOT NULL,
  PRIMARY KEY (id),
  KEY ix_orders_customer (customer_id, placed_at),
  KEY ix_orders_status (status, updated_at),
  CONSTRAINT ck_orders_amounts CHECK (subtotal >= 0 AND shipping >= 0 AND tax >= 0
    AND total = subtotal + shipping + tax)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE order_lines (
  order_id   CHAR(36)      NOT NULL,
  line_no    INT           NOT NULL,
  product_id CHAR(36)      NOT NULL,
  sku        VARCHAR(40)   NOT NULL,
  name       VARCHAR(200)  NOT NULL,
  quantity   INT           NOT NULL,
  unit_price DECIMAL(19,4) NOT NULL,
  line_total DECIMAL(19,4) NOT NULL,
  PRIMARY KEY (order_id, line_no),
  UNIQUE KEY uk_order_lines_product (order_id, product_id),
  CONSTRAINT fk_order_lines_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
  CONSTRAINT ck_order_lines_quantity CHECK (quantity > 0),
  CONSTRAINT ck_order_lines_total CHECK (line_total = unit_price * quantity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every status an order went through: who moved it, when and why. from_status is NULL for the first.
CREATE TABLE order_status_history (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  order_id    CHAR(36)     NOT NULL,
  from_status VARCHAR(24)  NULL,
  to_status   VARCHAR(24)  NOT NULL,
  actor       VARCHAR(254) NOT NULL,
  changed_at  DATETIME(6)  NOT NULL,
  reason      VARCHAR(500) NULL,
  PRIMARY KEY (id),
  KEY ix_order_status_history_order (order_id, id),
  CONSTRAINT fk_order_status_history_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Payments and refunds through a gateway. The id is also the idempotency key sent to the provider,
-- so a call that timed out can be looked up by it; provider_reference is NULL until the provider
-- answers. No card number is stored: only the last four digits, for a human reading the record.
CREATE TABLE payments (
  id                 CHAR(36)      NOT NULL,
  order_id           CHAR(36)      NOT NULL,
  kind               VARCHAR(16)   NOT NULL,
  provider           VARCHAR(32)   NOT NULL,
  provider_reference VARCHAR(100)  NULL,
  status             VARCHAR(16)   NOT NULL,
  amount             DECIMAL(19,4) NOT NULL,
  currency           CHAR(3)       NOT NULL,
  card_last4         CHAR(4)       NULL,
  failure_code       VARCHAR(64)   NULL,
  created_at         DATETIME(6)   NOT NULL,
  updated_at         DATETIME(6)   NOT NULL,
  version            BIGINT        NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_payments_reference (provider, provider_reference),
  KEY ix_payments_order (order_id, created_at),
  CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES orders (id),
  CONSTRAINT ck_payments_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
