package io.vitrina.user.account.domain;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. Implementations join the caller's transaction. */
public interface UserRepository {

  Optional<User> find(String id);

  /** By normalised email. */
  Optional<User> findByEmail(String email);

  /** Stores a new account; fails on a duplicate email at once, not at commit. */
  void add(User user);

  /** Deletes the account with its roles, addresses and preferences. */
  void remove(User user);

  /** One page of the accounts matching a search, ordered by email. */
  List<User> search(UserSearch search, int page, int size);

  long count(UserSearch search);
}
