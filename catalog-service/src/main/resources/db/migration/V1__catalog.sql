-- The category tree. path is the materialized path of ids ("/<root id>/<child id>/"), so a subtree
-- is one indexed prefix scan. Roots have no parent, and NULLs never collide in a unique key, so
-- sibling slugs are kept unique through sibling_scope: the parent's id, or '' for roots.
CREATE TABLE categories (
  id            CHAR(36)     NOT NULL,
  parent_id     CHAR(36)     NULL,
  name          VARCHAR(100) NOT NULL,
  slug          VARCHAR(64)  NOT NULL,
  path          VARCHAR(400) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  version       BIGINT       NOT NULL,
  sibling_scope CHAR(36)     NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_categories_sibling_slug (sibling_scope, slug),
  KEY ix_categories_path (path),
  CONSTRAINT fk_categories_parent FOREIGN KEY (parent_id) REFERENCES categories (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row that every change of the tree's shape (create, move) locks first: moves are rare, and
-- serialising them is what keeps two concurrent moves from closing a cycle.
CREATE TABLE category_tree_lock (
  id TINYINT NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO category_tree_lock (id) VALUES (1);

CREATE TABLE products (
  id          CHAR(36)      NOT NULL,
  sku         VARCHAR(40)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  description VARCHAR(4000) NULL,
  price       DECIMAL(19,4) NOT NULL,
  currency    CHAR(3)       NOT NULL,
  category_id CHAR(36)      NOT NULL,
  status      VARCHAR(16)   NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  version     BIGINT        NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_products_sku (sku),
  KEY ix_products_category (category_id, status, sku),
  CONSTRAINT fk_products_category FOREIGN KEY (category_id) REFERENCES categories (id),
  CONSTRAINT ck_products_price CHECK (price > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE product_attributes (
  product_id CHAR(36)     NOT NULL,
  attr_name  VARCHAR(64)  NOT NULL,
  attr_value VARCHAR(500) NOT NULL,
  PRIMARY KEY (product_id, attr_name),
  CONSTRAINT fk_product_attributes_product FOREIGN KEY (product_id) REFERENCES products (id)
    ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Stock per product. The checks are the last line of defence: the service's conditional updates
-- already never let reserved exceed on_hand.
CREATE TABLE inventory (
  product_id          CHAR(36) NOT NULL,
  on_hand             INT      NOT NULL,
  reserved            INT      NOT NULL,
  low_stock_threshold INT      NOT NULL,
  PRIMARY KEY (product_id),
  CONSTRAINT fk_inventory_product FOREIGN KEY (product_id) REFERENCES products (id),
  CONSTRAINT ck_inventory_reserved CHECK (reserved >= 0 AND reserved <= on_hand),
  CONSTRAINT ck_inventory_threshold CHECK (low_stock_threshold >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed stock by hand, when, by how much, why, and what it left.
CREATE TABLE inventory_adjustments (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  product_id    CHAR(36)     NOT NULL,
  delta         INT          NOT NULL,
  reason        VARCHAR(200) NOT NULL,
  actor         VARCHAR(254) NOT NULL,
  adjusted_at   DATETIME(6)  NOT NULL,
  on_hand_after INT          NOT NULL,
  PRIMARY KEY (id),
  KEY ix_inventory_adjustments_product (product_id, id),
  CONSTRAINT fk_inventory_adjustments_product FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Stock held for an order. The order id is the key: a repeated request finds its reservation.
CREATE TABLE reservations (
  order_id   VARCHAR(64) NOT NULL,
  status     VARCHAR(16) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version    BIGINT      NOT NULL,
  PRIMARY KEY (order_id),
  KEY ix_reservations_due (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reservation_lines (
  order_id   VARCHAR(64) NOT NULL,
  product_id CHAR(36)    NOT NULL,
  quantity   INT         NOT NULL,
  PRIMARY KEY (order_id, product_id),
  CONSTRAINT fk_reservation_lines_reservation FOREIGN KEY (order_id) REFERENCES reservations (order_id)
    ON DELETE CASCADE,
  CONSTRAINT fk_reservation_lines_product FOREIGN KEY (product_id) REFERENCES products (id),
  CONSTRAINT ck_reservation_lines_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
