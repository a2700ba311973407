package io.vitrina.order.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Where an order ships: a copy taken at checkout, so that later changes to the customer's profile
 * do not move an order. {@code line2}, {@code region} and {@code postalCode} (an address from a
 * profile in a country without postal codes) may be absent; the country is an ISO 3166-1 alpha-2
 * code.
 */
@Embeddable
public class ShippingAddress {

  @Column(name = "ship_full_name", length = 200)
  private String fullName;

  @Column(name = "ship_line1", length = 100)
  private String line1;

  @Column(name = "ship_line2", length = 100)
  private String line2;

  @Column(name = "ship_city", length = 100)
  private String city;

  @Column(name = "ship_region", length = 100)
  private String region;

  @Column(name = "ship_postal_code", length = 20)
  private String postalCode;

  @Column(name = "ship_country", length = 2)
  private String country;

  protected ShippingAddress() {}

  public ShippingAddress(
      String fullName,
      String line1,
      String line2,
      String city,
      String region,
      String postalCode,
      String country) {
    this.fullName = Objects.requireNonNull(fullName, "fullName");
    this.line1 = Objects.requireNonNull(line1, "line1");
    this.line2 = line2;
    this.city = Objects.requireNonNull(city, "city");
    this.region = region;
    this.postalCode = postalCode;
    this.country = Objects.requireNonNull(country, "country");
  }

  /** The same address with everything that names or locates a person removed; the country stays. */
  ShippingAddress anonymised() {
    ShippingAddress copy = new ShippingAddress();
    copy.country = country;
    return copy;
  }

  public String fullName() {
    return fullName;
  }

  public String line1() {
    return line1;
  }

  public String line2() {
    return line2;
  }

  public String city() {
    return city;
  }

  public String region() {
    return region;
  }

  public String postalCode() {
    return postalCode;
  }

  public String country() {
    return country;
  }
}
