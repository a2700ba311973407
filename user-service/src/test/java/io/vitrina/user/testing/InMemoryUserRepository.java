package io.vitrina.user.testing;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.user.account.domain.User;
import io.vitrina.user.account.domain.UserRepository;
import io.vitrina.user.account.domain.UserSearch;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts in a map, unique by email like the table. */
public final class InMemoryUserRepository implements UserRepository {

  private final Map<String, User> users = new LinkedHashMap<>();

  @Override
  public Optional<User> find(String id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public Optional<User> findByEmail(String email) {
    return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
  }

  @Override
  public void add(User user) {
    if (findByEmail(user.email()).isPresent()) {
      throw new ConflictException("duplicate email");
    }
    users.put(user.id(), user);
  }

  @Override
  public void remove(User user) {
    users.remove(user.id());
  }

  @Override
  public List<User> search(UserSearch search, int page, int size) {
    return matching(search).stream()
        .sorted(Comparator.comparing(User::email))
        .skip((long) page * size)
        .limit(size)
        .toList();
  }

  @Override
  public long count(UserSearch search) {
    return matching(search).size();
  }

  private List<User> matching(UserSearch search) {
    return users.values().stream()
        .filter(u -> search.text().map(t -> u.email().contains(t)).orElse(true))
        .filter(u -> search.role().map(u::hasRole).orElse(true))
        .filter(u -> search.status().map(s -> u.status() == s).orElse(true))
        .toList();
  }
}
