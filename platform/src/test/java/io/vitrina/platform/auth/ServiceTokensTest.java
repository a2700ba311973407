package io.vitrina.platform.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import io.vitrina.platform.testing.MutableClock;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceTokensTest {

  private final MutableClock clock = MutableClock.at("2026-11-29T10:00:00Z");

  /** The background renewals, held until a test runs them. */
  private final List<Runnable> background = new ArrayList<>();

  private final ManagedExecutorService executor = mock(ManagedExecutorService.class);

  @BeforeEach
  void holdTheBackgroundRenewals() {
    doAnswer(
            call -> {
              background.add(call.getArgument(0));
              return null;
            })
        .when(executor)
        .execute(any(Runnable.class));
  }

  private void runTheBackgroundRenewals() {
    List<Runnable> due = new ArrayList<>(background);
    background.clear();
    due.forEach(Runnable::run);
  }

  /** Answers from a script instead of user-service, and records what it was asked. */
  private static final class ScriptedTokens extends ServiceTokens {
    final List<String> asked = new ArrayList<>();
    long expiresIn = 300;
    RuntimeException failure;

    @Override
    TokenClient.TokenResponse issue(String basic) {
      asked.add(basic);
      if (failure != null) {
        throw failure;
      }
      return new TokenClient.TokenResponse("token-" + asked.size(), "Bearer", expiresIn);
    }
  }

  private ScriptedTokens tokens(String id, String secret) {
    ScriptedTokens tokens = new ScriptedTokens();
    tokens.clientId = Optional.ofNullable(id);
    tokens.clientSecret = Optional.ofNullable(secret);
    tokens.tokenUri = "http://localhost:9081/api/auth/token";
    tokens.refreshBefore = Duration.ofSeconds(30);
    tokens.clock = clock;
    tokens.executor = executor;
    return tokens;
  }

  @Test
  void shouldAuthenticateWithTheClientIdAndSecretAsHttpBasic() {
    ScriptedTokens tokens = tokens("order-service", "s3cret:with-colon");

    assertEquals("Bearer token-1", tokens.bearer());

    String expected =
        Base64.getEncoder()
            .encodeToString("order-service:s3cret:with-colon".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("Basic " + expected), tokens.asked);
  }

  @Test
  void shouldEncodeTheCredentialsAsUtf8() {
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString("support-service:pässwört".getBytes(StandardCharsets.UTF_8)),
        ServiceTokens.basic("support-service", "pässwört"));
  }

  @Test
  void shouldKeepTheTokenUntilShortlyBeforeItExpiresThenRenewItInTheBackground() {
    ScriptedTokens tokens = tokens("order-service", "secret");

    assertEquals("Bearer token-1", tokens.bearer());
    clock.advance(Duration.ofSeconds(269));
    assertEquals("Bearer token-1", tokens.bearer());
    assertTrue(background.isEmpty());

    // 30 s before it expires: still handed out, while a new one is asked for once, aside.
    clock.advance(Duration.ofSeconds(1));
    assertEquals("Bearer token-1", tokens.bearer());
    assertEquals("Bearer token-1", tokens.bearer());
    assertEquals(1, background.size());
    assertEquals(1, tokens.asked.size());

    runTheBackgroundRenewals();
    assertEquals("Bearer token-2", tokens.bearer());
    assertEquals(2, tokens.asked.size());
  }

  @Test
  void shouldWaitForANewTokenWhenTheOldOneIsAboutToExpire() {
    ScriptedTokens tokens = tokens("order-service", "secret");

    assertEquals("Bearer token-1", tokens.bearer());
    clock.advance(Duration.ofSeconds(296));

    assertEquals("Bearer token-2", tokens.bearer());
    assertTrue(background.isEmpty());
  }

  @Test
  void shouldKeepTheCurrentTokenWhenARenewalInTheBackgroundFails() {
    ScriptedTokens tokens = tokens("order-service", "secret");
    tokens.bearer();
    clock.advance(Duration.ofSeconds(270));
    tokens.bearer();
    tokens.failure = new IllegalStateException("user-service is busy");

    runTheBackgroundRenewals();

    assertEquals("Bearer token-1", tokens.bearer());
    // Not asked again at once: the next try waits a little.
    assertTrue(background.isEmpty());
    clock.advance(ServiceTokens.RETRY_AFTER);
    tokens.failure = null;
    assertEquals("Bearer token-1", tokens.bearer());
    runTheBackgroundRenewals();
    assertEquals("Bearer token-3", tokens.bearer());
  }

  @Test
  void shouldRenewAShortLivedTokenHalfwayThroughItsLife() {
    ScriptedTokens tokens = tokens("support-service", "secret");
    tokens.expiresIn = 20;

    assertEquals("Bearer token-1", tokens.bearer());
    clock.advance(Duration.ofSeconds(9));
    assertEquals("Bearer token-1", tokens.bearer());
    assertTrue(background.isEmpty());
    clock.advance(Duration.ofSeconds(1));
    assertEquals("Bearer token-1", tokens.bearer());
    runTheBackgroundRenewals();
    assertEquals("Bearer token-2", tokens.bearer());
  }

  @Test
  void shouldNotKeepATokenThatHasNoLifeLeft() {
    ScriptedTokens tokens = tokens("order-service", "secret");
    tokens.expiresIn = -5;

    assertEquals("Bearer token-1", tokens.bearer());
    assertEquals("Bearer token-2", tokens.bearer());
  }

  @Test
  void shouldAskAgainAfterTheTokenIsForgotten() {
    ScriptedTokens tokens = tokens("order-service", "secret");

    tokens.bearer();
    tokens.forget();

    assertEquals("Bearer token-2", tokens.bearer());
  }

  @Test
  void shouldKeepNothingWhenUserServiceFails() {
    ScriptedTokens tokens = tokens("order-service", "secret");
    tokens.failure = new IllegalStateException("user-service is down");

    assertThrows(IllegalStateException.class, tokens::bearer);
    tokens.failure = null;

    assertEquals("Bearer token-2", tokens.bearer());
  }

  @Test
  void shouldRefuseWithoutASecretAndAskNothing() {
    for (String secret : new String[] {null, "", "  "}) {
      ScriptedTokens tokens = tokens("order-service", secret);

      IllegalStateException refused = assertThrows(IllegalStateException.class, tokens::bearer);

      assertTrue(
          refused.getMessage().contains("VITRINA_SERVICE_CLIENT_SECRET"), refused.getMessage());
      assertTrue(refused.getMessage().contains("order-service"), refused.getMessage());
      assertTrue(tokens.asked.isEmpty());
      assertFalse(tokens.configured());
    }
  }

  @Test
  void shouldRefuseWithoutAClientIdAndAskNothing() {
    ScriptedTokens tokens = tokens(null, "secret");

    IllegalStateException refused = assertThrows(IllegalStateException.class, tokens::bearer);

    assertTrue(refused.getMessage().contains("VITRINA_SERVICE_CLIENT_ID"), refused.getMessage());
    assertTrue(tokens.asked.isEmpty());
    assertFalse(tokens.configured());
  }

  @Test
  void shouldBeConfiguredWithAClientIdAndSecret() {
    assertTrue(tokens("support-service", "secret").configured());
  }
}
