package io.vitrina.catalog.product.domain;

import io.vitrina.platform.problem.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A product of the catalog: identified by its SKU, priced exactly, filed under one category, with a
 * few free-form attributes. Changes are guarded by the version (optimistic locking). Never
 * serialised to a client.
 */
@Entity
@Table(name = "products")
@NamedQuery(name = "Product.findBySku", query = "SELECT p FROM Product p WHERE p.sku = :sku")
@NamedQuery(
    name = "Product.pageInSubtree",
    query =
        "SELECT p FROM Product p WHERE p.status IN :statuses AND p.categoryId IN"
            + " (SELECT c.id FROM Category c WHERE c.path LIKE :pathPattern) ORDER BY p.sku")
@NamedQuery(
    name = "Product.countInSubtree",
    query =
        "SELECT COUNT(p) FROM Product p WHERE p.status IN :statuses AND p.categoryId IN"
            + " (SELECT c.id FROM Category c WHERE c.path LIKE :pathPattern)")
@NamedQuery(
    name = "Product.statuses",
    query = "SELECT p.id, p.status FROM Product p WHERE p.id IN :ids")
public class Product {

  /** Attributes a product may carry: a bound on what one product can store. */
  public static final int MAX_ATTRIBUTES = 20;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "sku", length = 40, nullable = false, unique = true)
  private String sku;

  @Column(name = "name", length = 200, nullable = false)
  private String name;

  @Column(name = "description", length = 4000)
  private String description;

  @Column(name = "price", precision = 19, scale = 4, nullable = false)
  private BigDecimal price;

  @Enumerated(EnumType.STRING)
  @Column(name = "currency", length = 3, nullable = false)
  private CurrencyCode currency;

  @Column(name = "category_id", length = 36, nullable = false)
  private String categoryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private ProductStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "product_attributes", joinColumns = @JoinColumn(name = "product_id"))
  @MapKeyColumn(name = "attr_name", length = 64)
  @Column(name = "attr_value", length = 500, nullable = false)
  private Map<String, String> attributes = new HashMap<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Product() {}

  /** A new product in DRAFT or ACTIVE. */
  public static Product create(
      String sku, ProductDetails details, ProductStatus status, Instant now) {
    if (status == ProductStatus.DISCONTINUED) {
      throw new IllegalArgumentException("a new product cannot be discontinued");
    }
    Product product = new Product();
    product.id = UUID.randomUUID().toString();
    product.sku = sku;
    product.status = status;
    product.createdAt = now;
    product.apply(details, now);
    return product;
  }

  /**
   * Replaces what may change of a product.
   *
   * @throws ConflictException when the product is discontinued, or the change would discontinue it
   *     (that is what {@link #discontinue} is for)
   */
  public void update(ProductDetails details, ProductStatus newStatus, Instant now) {
    if (status == ProductStatus.DISCONTINUED) {
      throw new ConflictException("Product " + sku + " is discontinued and can no longer change.");
    }
    if (newStatus == ProductStatus.DISCONTINUED) {
      throw new ConflictException("Discontinue a product through its discontinue action.");
    }
    status = newStatus;
    apply(details, now);
  }

  /** Takes the product off sale for good; repeating it changes nothing. */
  public void discontinue(Instant now) {
    if (status != ProductStatus.DISCONTINUED) {
      status = ProductStatus.DISCONTINUED;
      updatedAt = now;
    }
  }

  private void apply(ProductDetails details, Instant now) {
    if (details.attributes().size() > MAX_ATTRIBUTES) {
      throw new IllegalArgumentException("at most " + MAX_ATTRIBUTES + " attributes");
    }
    name = details.name();
    description = details.description();
    price = details.price().amount();
    currency = details.price().currency();
    categoryId = details.categoryId();
    attributes.clear();
    attributes.putAll(details.attributes());
    updatedAt = now;
  }

  public boolean isActive() {
    return status == ProductStatus.ACTIVE;
  }

  public String id() {
    return id;
  }

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Price price() {
    return new Price(price.stripTrailingZeros(), currency);
  }

  public String categoryId() {
    return categoryId;
  }

  public ProductStatus status() {
    return status;
  }

  public SortedMap<String, String> attributes() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
