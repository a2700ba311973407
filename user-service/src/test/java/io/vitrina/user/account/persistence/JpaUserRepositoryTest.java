package io.vitrina.user.account.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JpaUserRepositoryTest {

  @Test
  void shouldEscapeLikeWildcardsSoSearchTextMatchesLiterally() {
    assertEquals("!%' or 1=1 -- ", JpaUserRepository.escapeLike("%' or 1=1 -- "));
    assertEquals("a!_b!!c", JpaUserRepository.escapeLike("a_b!c"));
  }
}
