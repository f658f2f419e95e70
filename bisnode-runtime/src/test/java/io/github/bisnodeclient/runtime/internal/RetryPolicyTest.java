package io.github.bisnodeclient.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bisnodeclient.runtime.internal.RetryPolicy.Action;
import io.github.bisnodeclient.runtime.internal.RetryPolicy.Next;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every rule of what an attempt's outcome means, without a server. */
class RetryPolicyTest {
  private static final long MS = 1_000_000L;
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  private static final Endpoint<String> GET = Endpoint.get("Api.get", "/x", Returns.string());
  private static final Endpoint<String> PUT = Endpoint.put("Api.put", "/x", Returns.string());
  private static final Endpoint<String> DELETE =
      Endpoint.delete("Api.delete", "/x", Returns.string());
  private static final Endpoint<String> POST = Endpoint.post("Api.post", "/x", Returns.string());
  private static final Endpoint<String> PATCH = Endpoint.patch("Api.patch", "/x", Returns.string());
  private static final Endpoint<String> SEARCH =
      Endpoint.post("Api.search", "/x", Returns.string()).idempotent();

  // Backoff with the jitter at its top: the n-th retry waits base * 2^(n-1), capped.
  private final RetryPolicy policy =
      new RetryPolicy(
          3,
          Duration.ofSeconds(30),
          new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30), () -> 1.0));

  @Test
  void a2xxOr4xxIsReadAsItIs() {
    for (int status : new int[] {200, 204, 400, 403, 404, 500}) {
      assertEquals(Next.READ, policy.afterResponse(GET, 1, false, status, null, NOW));
    }
  }

  @Test
  void a401ReplaysOnceWhateverTheVerb() {
    for (Endpoint<?> endpoint : new Endpoint<?>[] {GET, POST, PATCH, PUT, DELETE}) {
      assertEquals(Next.REPLAY, policy.afterResponse(endpoint, 1, false, 401, null, NOW));
      assertEquals(Next.READ, policy.afterResponse(endpoint, 2, true, 401, null, NOW));
    }
  }

  @Test
  void busyAnswersRetryIdempotentRequestsAfterRetryAfterCapped() {
    for (Endpoint<?> endpoint : new Endpoint<?>[] {GET, PUT, DELETE, SEARCH}) {
      assertEquals(
          new Next(Action.RETRY, 7_000 * MS),
          policy.afterResponse(endpoint, 1, false, 429, "7", NOW));
      assertEquals(
          new Next(Action.RETRY, 30_000 * MS),
          policy.afterResponse(endpoint, 1, false, 503, "3600", NOW));
      assertEquals(
          new Next(Action.RETRY, 30_000 * MS),
          policy.afterResponse(endpoint, 2, false, 503, "Tue, 01 Dec 2026 12:01:30 GMT", NOW));
      // No Retry-After: backoff, growing with the attempts.
      assertEquals(
          new Next(Action.RETRY, 200 * MS),
          policy.afterResponse(endpoint, 1, false, 503, null, NOW));
      assertEquals(
          new Next(Action.RETRY, 400 * MS),
          policy.afterResponse(endpoint, 2, false, 429, null, NOW));
      // The last attempt allowed is read.
      assertEquals(Next.READ, policy.afterResponse(endpoint, 3, false, 429, "1", NOW));
    }
  }

  @Test
  void anUnmarkedPostOrPatchIsNeverSentAgainForABusyAnswerOrAFailure() {
    for (Endpoint<?> endpoint : new Endpoint<?>[] {POST, PATCH}) {
      assertEquals(Next.READ, policy.afterResponse(endpoint, 1, false, 429, "1", NOW));
      assertEquals(Next.READ, policy.afterResponse(endpoint, 1, false, 503, null, NOW));
      assertEquals(-1, policy.afterFailure(endpoint, 1));
    }
  }

  @Test
  void aFailureToSendRetriesIdempotentRequestsWithBackoffUpToTheAttempts() {
    for (Endpoint<?> endpoint : new Endpoint<?>[] {GET, PUT, DELETE, SEARCH}) {
      assertEquals(200 * MS, policy.afterFailure(endpoint, 1));
      assertEquals(400 * MS, policy.afterFailure(endpoint, 2));
      assertEquals(-1, policy.afterFailure(endpoint, 3));
    }
  }
}
