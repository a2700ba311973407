package io.vitrina.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void shouldRenderAServiceProblemAsItWasMeant() {
    Problems.Answer answer =
        Problems.answer(
            new ProblemException(
                429,
                ProblemDetail.type("too-many-attempts"),
                "Too many attempts",
                "Try later.",
                List.of(),
                Map.of("Retry-After", "60")));
    assertEquals(429, answer.problem().status());
    assertEquals("Too many attempts", answer.problem().title());
    assertEquals("60", answer.headers().get("Retry-After"));
    assertNull(answer.problem().traceId());
  }

  @Test
  void shouldFindPayloadTooLargeWrappedByTheJsonParser() {
    JsonbException wrapped =
        new JsonbException("parse", new IllegalStateException(new PayloadTooLargeException(10)));
    assertEquals(413, Problems.answer(wrapped).problem().status());
  }

  @Test
  void shouldAnswerBadRequestForUnreadableJsonWithoutInternals() {
    ProblemDetail problem =
        Problems.answer(new JsonbException("Cannot create instance of java.util.ArrayList"))
            .problem();
    assertEquals(400, problem.status());
    assertFalse(problem.detail().contains("Exception"));
    assertFalse(problem.detail().contains("java."));
  }

  @Test
  void shouldAnswerConflictForOptimisticLockLostAtCommit() {
    TransactionalException atCommit =
        new TransactionalException(
            "commit failed",
            new RollbackException("rolled back") {
              {
                initCause(new OptimisticLockException("stale"));
              }
            });
    assertEquals(409, Problems.answer(atCommit).problem().status());
  }

  @Test
  void shouldAnswerServiceUnavailableWhenTheBrokerOrDatabaseCannotBeReached() {
    TransactionalException brokerGone =
        new TransactionalException(
            "commit failed",
            new IllegalStateException(
                "Event order.placed could not be prepared",
                new jakarta.jms.JMSRuntimeException("AMQ219007: Cannot connect to server")));
    Problems.Answer broker = Problems.answer(brokerGone);
    assertEquals(503, broker.problem().status());
    assertEquals("5", broker.headers().get("Retry-After"));

    Problems.Answer database =
        Problems.answer(
            new IllegalStateException(
                "query failed", new java.sql.SQLNonTransientConnectionException("gone")));
    assertEquals(503, database.problem().status());
  }

  @Test
  void shouldAnswerServiceUnavailableWhenTheDatabaseConnectionIsLostMidStatement() {
    // What JPA throws when the database goes away under a pooled connection: the driver's
    // communications failure (a SQLRecoverableException) inside the persistence provider's own.
    Throwable lost =
        new TransactionalException(
            "commit failed",
            new PersistenceException(
                "Internal Exception: Communications link failure",
                new java.sql.SQLRecoverableException(
                    "Communications link failure",
                    "08S01",
                    new java.io.EOFException("Can not read response from server"))));

    Problems.Answer answer = Problems.answer(lost);

    assertEquals(503, answer.problem().status());
    assertEquals("5", answer.headers().get("Retry-After"));
    assertEquals(ProblemDetail.type("dependency-unavailable"), answer.problem().type());
    assertNull(answer.problem().traceId(), "not a bug: no trace id to quote");
    assertFalse(
        answer.problem().detail().contains("Communications"),
        "the driver's message stays in the log: " + answer.problem().detail());
  }

  @Test
  void shouldStillAnswerInternalErrorForAFailedStatement() {
    Throwable badSql =
        new PersistenceException(
            "query failed", new java.sql.SQLSyntaxErrorException("Unknown column", "42S22"));
    assertEquals(500, Problems.answer(badSql).problem().status());
  }

  @Test
  void shouldStillAnswerInternalErrorForABug() {
    assertEquals(500, Problems.answer(new NullPointerException("a bug")).problem().status());
  }

  @Test
  void shouldKeepStatusAndAllowHeaderOfJaxRsErrors() {
    // A mocked response: building a real one needs a JAX-RS implementation.
    Response response = mock(Response.class);
    MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
    headers.add("Allow", "GET");
    headers.add("X-Internal", "no");
    when(response.getStatus()).thenReturn(405);
    when(response.getStatusInfo()).thenReturn(Response.Status.METHOD_NOT_ALLOWED);
    when(response.getStringHeaders()).thenReturn(headers);

    Problems.Answer answer = Problems.answer(new WebApplicationException(response));

    assertEquals(405, answer.problem().status());
    assertEquals("GET", answer.headers().get("Allow"));
    assertFalse(answer.headers().containsKey("X-Internal"));
  }

  @Test
  void shouldHideUnexpectedFailuresBehindATraceId() {
    ProblemDetail problem = Problems.answer(new NullPointerException("secret internals")).problem();
    assertEquals(500, problem.status());
    assertNotNull(problem.traceId());
    assertFalse(problem.detail().contains("secret"));
  }

  @Test
  void shouldSortViolationsByField() {
    ProblemDetail problem =
        Problems.validation(
            List.of(new Violation("password", "too short"), new Violation("email", "missing")));
    assertEquals("email", problem.violations().get(0).field());
    assertEquals(Problems.VALIDATION_TYPE, problem.type());
  }

  @Test
  void shouldLeaveOutEmptyViolations() {
    assertNull(Problems.of(404, "gone").violations());
  }
}
