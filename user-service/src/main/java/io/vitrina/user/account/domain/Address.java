package io.vitrina.user.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address of the user's, kept in the order the user gave. Immutable once built. */
@Embeddable
public class Address {

  @Column(name = "label", length = 40)
  private String label;

  @Column(name = "line1", length = 100, nullable = false)
  private String line1;

  @Column(name = "line2", length = 100)
  private String line2;

  @Column(name = "city", length = 100, nullable = false)
  private String city;

  @Column(name = "region", length = 100)
  private String region;

  @Column(name = "postal_code", length = 20)
  private String postalCode;

  @Column(name = "country", length = 2, nullable = false)
  private String country;

  protected Address() {}

  public Address(
      String label,
      String line1,
      String line2,
      String city,
      String region,
      String postalCode,
      String country) {
    this.label = label;
    this.line1 = line1;
    this.line2 = line2;
    this.city = city;
    this.region = region;
    this.postalCode = postalCode;
    this.country = country;
  }

  public String label() {
    return label;
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
