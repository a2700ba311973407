package io.vitrina.user.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A Vitrina account. The email is stored normalised and is unique; the password only as a PBKDF2
 * hash. Never serialised to a client: the API maps it to records.
 */
@Entity
@Table(name = "users")
@NamedQuery(name = "User.findByEmail", query = "SELECT u FROM User u WHERE u.email = :email")
public class User {

  /** How many addresses a user may keep: a bound on what one account can store. */
  public static final int MAX_ADDRESSES = 10;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "email", length = EmailAddress.MAX_LENGTH, nullable = false, unique = true)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "display_name", length = 100, nullable = false)
  private String displayName;

  @Column(name = "full_name", length = 100)
  private String fullName;

  @Column(name = "phone", length = 16)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private AccountStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 32, nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_addresses", joinColumns = @JoinColumn(name = "user_id"))
  @OrderColumn(name = "position")
  private List<Address> addresses = new ArrayList<>();

  @Embedded private Preferences preferences;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected User() {}

  private User(String email, String passwordHash, String displayName, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.email = EmailAddress.normalize(email);
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.status = AccountStatus.ACTIVE;
    this.preferences = Preferences.defaults();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A new active account; the id is ours, whatever a client may have sent. */
  public static User register(
      String email, String passwordHash, String displayName, Set<Role> roles, Instant now) {
    User user = new User(email, passwordHash, displayName, now);
    user.roles.addAll(roles);
    return user;
  }

  /** Replaces the profile; the names of the fields that changed, for the update event. */
  public List<String> updateProfile(
      String displayName, String fullName, String phone, List<Address> addresses, Instant now) {
    if (addresses.size() > MAX_ADDRESSES) {
      throw new IllegalArgumentException("at most " + MAX_ADDRESSES + " addresses");
    }
    List<String> changed = new ArrayList<>();
    if (!displayName.equals(this.displayName)) {
      changed.add("displayName");
    }
    if (!java.util.Objects.equals(fullName, this.fullName)) {
      changed.add("fullName");
    }
    if (!java.util.Objects.equals(phone, this.phone)) {
      changed.add("phone");
    }
    // Addresses are value objects without equals: any replacement counts as a change.
    if (!addresses.isEmpty() || !this.addresses.isEmpty()) {
      changed.add("addresses");
    }
    this.displayName = displayName;
    this.fullName = fullName;
    this.phone = phone;
    this.addresses.clear();
    this.addresses.addAll(addresses);
    touch(changed, now);
    return changed;
  }

  public void changePreferences(Preferences preferences, Instant now) {
    this.preferences = preferences;
    this.updatedAt = now;
  }

  public void changePasswordHash(String passwordHash, Instant now) {
    this.passwordHash = passwordHash;
    this.updatedAt = now;
  }

  /** Replaces the roles; whether anything changed. */
  public boolean assignRoles(Set<Role> roles, Instant now) {
    if (this.roles.equals(roles)) {
      return false;
    }
    this.roles.clear();
    this.roles.addAll(roles);
    this.updatedAt = now;
    return true;
  }

  /** Sets the status; whether anything changed. */
  public boolean changeStatus(AccountStatus status, Instant now) {
    if (this.status == status) {
      return false;
    }
    this.status = status;
    this.updatedAt = now;
    return true;
  }

  public boolean isActive() {
    return status == AccountStatus.ACTIVE;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  private void touch(List<String> changed, Instant now) {
    if (!changed.isEmpty()) {
      updatedAt = now;
    }
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String displayName() {
    return displayName;
  }

  public String fullName() {
    return fullName;
  }

  public String phone() {
    return phone;
  }

  public AccountStatus status() {
    return status;
  }

  /** Role wire names, sorted, as tokens and the API carry them. */
  public SortedSet<String> roleNames() {
    TreeSet<String> names = new TreeSet<>();
    roles.forEach(r -> names.add(r.wireName()));
    return names;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  public List<Address> addresses() {
    return List.copyOf(addresses);
  }

  public Preferences preferences() {
    return preferences;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
