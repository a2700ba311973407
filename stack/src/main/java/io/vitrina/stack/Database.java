package io.vitrina.stack;

/**
 * One schema and the user that owns it, as configured in a {@code <database>} element. Maven fills
 * the fields by name, so the class must keep this simple name and package.
 */
public class Database {
  private String name;
  private String user;

  public Database() {}

  public Database(String name, String user) {
    this.name = name;
    this.user = user;
  }

  public String getName() {
    return name;
  }

  /** The schema's own user; defaults to the schema name. */
  public String getUser() {
    return user == null || user.isBlank() ? name : user;
  }

  @Override
  public String toString() {
    return name + " (user " + getUser() + ")";
  }
}
