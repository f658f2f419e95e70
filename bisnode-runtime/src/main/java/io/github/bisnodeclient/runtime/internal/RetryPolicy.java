package io.github.bisnodeclient.runtime.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an attempt's outcome means for a call: read the response, replay with a new token, or try
 * again after a delay. The blocking and the asynchronous call paths both ask it, so each rule is
 * written, and tested, once.
 *
 * <ul>
 *   <li>A 401 replays the request once with a new token, whatever the verb: Bisnode refuses a token
 *       before doing any work.
 *   <li>429 and 503 are tried again after {@code Retry-After} (capped), or backoff if the answer
 *       names no delay, up to the attempts allowed; so is a request that failed to be sent.
 *   <li>Only idempotent requests are sent again for those: GET, PUT and DELETE, and a POST or PATCH
 *       its interface marks {@code @Idempotent}.
 * </ul>
 */
final class RetryPolicy {
  /** What the call does next. */
  enum Action {
    /** The response is the answer: read it. */
    READ,
    /** Drop the token that was sent and send again with a new one, at once. */
    REPLAY,
    /** Send again after {@link Next#delayNanos()}. */
    RETRY
  }

  /** A decision, with the wait before a retry. */
  record Next(Action action, long delayNanos) {
    static final Next READ = new Next(Action.READ, 0);
    static final Next REPLAY = new Next(Action.REPLAY, 0);
  }

  private final int maxAttempts;
  private final long retryAfterCapNanos;
  private final Backoff backoff;

  RetryPolicy(int maxAttempts, Duration retryAfterCap, Backoff backoff) {
    this.maxAttempts = maxAttempts;
    this.retryAfterCapNanos = retryAfterCap.toNanos();
    this.backoff = backoff;
  }

  /**
   * After attempt number {@code attempts} (1 for the first) was answered.
   *
   * @param replayed whether the call was already replayed after a 401
   * @param retryAfter the answer's {@code Retry-After} header, or null
   * @param now the wall-clock time, for a {@code Retry-After} date
   */
  Next afterResponse(
      Endpoint<?> endpoint,
      int attempts,
      boolean replayed,
      int status,
      @Nullable String retryAfter,
      Instant now) {
    if (status == 401 && !replayed) {
      return Next.REPLAY;
    }
    if ((status == 429 || status == 503) && mayResend(endpoint, attempts)) {
      long delay =
          RetryAfter.parse(retryAfter, now)
              .map(Duration::toNanos)
              .map(wait -> Math.min(wait, retryAfterCapNanos))
              .orElseGet(() -> backoff.delayNanos(attempts, retryAfterCapNanos));
      return new Next(Action.RETRY, delay);
    }
    return Next.READ;
  }

  /**
   * After attempt number {@code attempts} could not be sent or got no answer.
   *
   * @return the wait before sending again, or -1 if the call fails
   */
  long afterFailure(Endpoint<?> endpoint, int attempts) {
    return mayResend(endpoint, attempts) ? backoff.delayNanos(attempts, backoff.capNanos()) : -1;
  }

  private boolean mayResend(Endpoint<?> endpoint, int attempts) {
    return endpoint.isIdempotent() && attempts < maxAttempts;
  }
}
