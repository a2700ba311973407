-- Product images, bytes included: at most vitrina.images.max-bytes each (a MEDIUMBLOB holds up to
-- 16 MiB), a few per product. A row never changes but for its position; a replaced image is a new
-- row with a new id, so sha256 is a strong ETag for as long as the id exists. Positions are 0 to
-- n-1 per product; the service renumbers them through negative values, hence no check on them.
CREATE TABLE product_images (
  id           CHAR(36)     NOT NULL,
  product_id   CHAR(36)     NOT NULL,
  position     INT          NOT NULL,
  content_type VARCHAR(32)  NOT NULL,
  bytes        MEDIUMBLOB   NOT NULL,
  size         INT          NOT NULL,
  width        INT          NOT NULL,
  height       INT          NOT NULL,
  sha256       CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  alt          VARCHAR(200) NULL,
  created_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_product_images_position (product_id, position),
  CONSTRAINT fk_product_images_product FOREIGN KEY (product_id) REFERENCES products (id)
    ON DELETE CASCADE,
  CONSTRAINT ck_product_images_content_type
    CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
  CONSTRAINT ck_product_images_size CHECK (size > 0),
  CONSTRAINT ck_product_images_dimensions CHECK (width > 0 AND height > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
