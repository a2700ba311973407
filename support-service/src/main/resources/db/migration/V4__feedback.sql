-- Ratings customers give the products of their orders. Each rating comes with the FEEDBACK ticket
-- that carries its comment, so that agents answer it like any other ticket. One rating per
-- customer, order and product: a second one is refused, never counted twice.
CREATE TABLE product_ratings (
  ticket_id   CHAR(36)    NOT NULL,
  customer_id VARCHAR(64) NOT NULL,
  order_id    VARCHAR(64) NOT NULL,
  product_id  VARCHAR(64) NOT NULL,
  rating      SMALLINT    NOT NULL,
  rated_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (ticket_id),
  UNIQUE KEY uk_product_ratings_once (customer_id, order_id, product_id),
  KEY ix_product_ratings_product (product_id, rated_at),
  CONSTRAINT fk_product_ratings_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
  CONSTRAINT ck_product_ratings_rating CHECK (rating BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
