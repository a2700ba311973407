package io.vitrina.catalog.image.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One image of a product, bytes included. Immutable once stored: replacing an image means a new one
 * with a new id, so its ETag and caches never go stale. Only its position changes, through bulk
 * updates. Reads go through the queries below, which select either the metadata or the bytes, never
 * a whole row they do not need. Never serialised to a client.
 */
@Entity
@Table(name = "product_images")
@NamedQuery(
    name = "ProductImage.infos",
    query =
        "SELECT NEW io.vitrina.catalog.image.domain.ImageInfo(i.id, i.productId, i.position,"
            + " i.contentType, i.size, i.width, i.height, i.sha256, i.alt, i.createdAt)"
            + " FROM ProductImage i WHERE i.productId = :productId ORDER BY i.position")
@NamedQuery(
    name = "ProductImage.info",
    query =
        "SELECT NEW io.vitrina.catalog.image.domain.ImageInfo(i.id, i.productId, i.position,"
            + " i.contentType, i.size, i.width, i.height, i.sha256, i.alt, i.createdAt)"
            + " FROM ProductImage i WHERE i.id = :id AND i.productId = :productId")
@NamedQuery(
    name = "ProductImage.bytes",
    query = "SELECT i.bytes FROM ProductImage i WHERE i.id = :id AND i.productId = :productId")
@NamedQuery(
    name = "ProductImage.count",
    query = "SELECT COUNT(i) FROM ProductImage i WHERE i.productId = :productId")
@NamedQuery(
    name = "ProductImage.delete",
    query = "DELETE FROM ProductImage i WHERE i.id = :id AND i.productId = :productId")
@NamedQuery(
    name = "ProductImage.parkPositions",
    query = "UPDATE ProductImage i SET i.position = -1 - i.position WHERE i.productId = :productId")
@NamedQuery(
    name = "ProductImage.setPosition",
    query =
        "UPDATE ProductImage i SET i.position = :position"
            + " WHERE i.id = :id AND i.productId = :productId")
public class ProductImage {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "product_id", length = 36, nullable = false)
  private String productId;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "content_type", length = 32, nullable = false)
  private String contentType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "bytes", nullable = false)
  private byte[] bytes;

  @Column(name = "size", nullable = false)
  private int size;

  @Column(name = "width", nullable = false)
  private int width;

  @Column(name = "height", nullable = false)
  private int height;

  @Column(name = "sha256", length = 64, nullable = false)
  private String sha256;

  @Column(name = "alt", length = 200)
  private String alt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ProductImage() {}

  /** A new image of a product at a position, from bytes that {@link ImageInspector} accepted. */
  public ProductImage(
      String productId,
      int position,
      ImageFacts facts,
      byte[] bytes,
      String sha256,
      String alt,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.productId = productId;
    this.position = position;
    this.contentType = facts.format().mediaType();
    this.bytes = bytes;
    this.size = bytes.length;
    this.width = facts.width();
    this.height = facts.height();
    this.sha256 = sha256;
    this.alt = alt;
    // The column keeps microseconds: what is returned now must equal what is read later.
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** What clients see of it. */
  public ImageInfo info() {
    return new ImageInfo(
        id, productId, position, contentType, size, width, height, sha256, alt, createdAt);
  }
}
