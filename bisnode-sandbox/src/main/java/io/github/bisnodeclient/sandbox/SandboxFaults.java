package io.github.bisnodeclient.sandbox;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Switches that make the sandbox misbehave the way a real network and a real Bisnode sometimes do,
 * to test a client's error handling. Every switch is thread-safe and applies to the requests that
 * arrive after it is set; {@link #clear()} turns them all off. Methods return {@code this} for
 * chaining.
 *
 * <pre>{@code
 * sandbox.faults().failNextTokenRequests(2, 503).throttleNextApiRequests(1, 3);
 * }</pre>
 */
public final class SandboxFaults {
  /** A canned token endpoint failure. */
  record TokenFailure(int status, @Nullable String error, @Nullable String description) {}

  /** A canned API failure; {@code retryAfterSeconds < 0} sends no {@code Retry-After}. */
  record ApiFailure(int status, int retryAfterSeconds) {}

  private final TokenStore tokens;
  private final Countdown<TokenFailure> tokenFailures = new Countdown<>();
  private final Countdown<ApiFailure> apiFailures = new Countdown<>();
  private final Countdown<Boolean> dropAny = new Countdown<>();
  private final Countdown<Boolean> dropToken = new Countdown<>();
  private final Countdown<Boolean> dropApi = new Countdown<>();
  private volatile boolean tokenEndpointUnavailable;
  private volatile Duration tokenDelay = Duration.ZERO;
  private volatile Duration apiDelay = Duration.ZERO;
  private volatile @Nullable Duration tokenLifetime;
  private volatile boolean omitExpiresIn;
  private volatile boolean expiresInAsString;
  private volatile boolean lowercaseTokenType;

  SandboxFaults(TokenStore tokens) {
    this.tokens = tokens;
  }

  /**
   * Answers the next {@code count} token requests with {@code status} and an empty body, as a
   * gateway or load balancer in front of the token endpoint might.
   *
   * @param count how many requests fail; 0 cancels an earlier call
   * @param status the HTTP status, such as 500 or 503
   * @return these faults
   */
  public SandboxFaults failNextTokenRequests(int count, int status) {
    tokenFailures.set(count, new TokenFailure(checkStatus(status), null, null));
    return this;
  }

  /**
   * Answers the next {@code count} token requests with {@code status} and an OAuth2 error body
   * {@code {"error": error, "error_description": description}}.
   *
   * @param count how many requests fail; 0 cancels an earlier call
   * @param status the HTTP status, such as 400 or 401
   * @param error the OAuth2 error code, such as {@code invalid_client}
   * @param description the {@code error_description}, or null to leave it out
   * @return these faults
   */
  public SandboxFaults failNextTokenRequests(
      int count, int status, String error, @Nullable String description) {
    tokenFailures.set(
        count, new TokenFailure(checkStatus(status), Objects.requireNonNull(error), description));
    return this;
  }

  /**
   * While on, every token request is answered {@code 503} with {@code {"error":
   * "temporarily_unavailable", ...}}, until switched off again.
   *
   * @param unavailable true to take the token endpoint down, false to bring it back
   * @return these faults
   */
  public SandboxFaults tokenEndpointUnavailable(boolean unavailable) {
    this.tokenEndpointUnavailable = unavailable;
    return this;
  }

  /**
   * Delays every token response by {@code delay}; the request counts as in progress meanwhile (see
   * {@link BisnodeSandbox#maxConcurrentTokenRequests()}).
   *
   * @param delay the delay; {@link Duration#ZERO} turns it off
   * @return these faults
   */
  public SandboxFaults delayTokenResponses(Duration delay) {
    this.tokenDelay = nonNegative(delay);
    return this;
  }

  /**
   * Delays every API response by {@code delay}.
   *
   * @param delay the delay; {@link Duration#ZERO} turns it off
   * @return these faults
   */
  public SandboxFaults delayApiResponses(Duration delay) {
    this.apiDelay = nonNegative(delay);
    return this;
  }

  /**
   * Revokes every token issued so far: APIs answer {@code 401} to them. Tokens issued afterwards
   * work.
   *
   * @return these faults
   */
  public SandboxFaults revokeAllTokens() {
    tokens.revokeAll();
    return this;
  }

  /**
   * Answers the next {@code count} API requests with {@code 429 Too Many Requests}, a {@code
   * Retry-After: retryAfterSeconds} header and Bisnode's error body.
   *
   * @param count how many requests are throttled; 0 cancels an earlier call
   * @param retryAfterSeconds the {@code Retry-After} value; negative to send none
   * @return these faults
   */
  public SandboxFaults throttleNextApiRequests(int count, int retryAfterSeconds) {
    apiFailures.set(count, new ApiFailure(429, retryAfterSeconds));
    return this;
  }

  /**
   * Answers the next {@code count} API requests with {@code 503 Service Unavailable}, a {@code
   * Retry-After: retryAfterSeconds} header and Bisnode's error body.
   *
   * @param count how many requests fail; 0 cancels an earlier call
   * @param retryAfterSeconds the {@code Retry-After} value; negative to send none
   * @return these faults
   */
  public SandboxFaults serviceUnavailableForNextApiRequests(int count, int retryAfterSeconds) {
    apiFailures.set(count, new ApiFailure(503, retryAfterSeconds));
    return this;
  }

  /**
   * Answers the next {@code count} API requests with {@code status} and Bisnode's error body,
   * without {@code Retry-After}. Replaces an earlier throttle or unavailability that has not run
   * out.
   *
   * @param count how many requests fail; 0 cancels an earlier call
   * @param status the HTTP status, such as 500 or 502
   * @return these faults
   */
  public SandboxFaults failNextApiRequests(int count, int status) {
    apiFailures.set(count, new ApiFailure(checkStatus(status), -1));
    return this;
  }

  /**
   * Closes the connection of the next {@code count} requests, token or API, without any response,
   * as a crashed server or a reset by a proxy does.
   *
   * @param count how many requests are dropped; 0 cancels an earlier call
   * @return these faults
   */
  public SandboxFaults dropNextConnections(int count) {
    dropAny.set(count, Boolean.TRUE);
    return this;
  }

  /**
   * Like {@link #dropNextConnections(int)}, for token requests only.
   *
   * @param count how many token requests are dropped; 0 cancels an earlier call
   * @return these faults
   */
  public SandboxFaults dropNextTokenConnections(int count) {
    dropToken.set(count, Boolean.TRUE);
    return this;
  }

  /**
   * Like {@link #dropNextConnections(int)}, for API requests only.
   *
   * @param count how many API requests are dropped; 0 cancels an earlier call
   * @return these faults
   */
  public SandboxFaults dropNextApiConnections(int count) {
    dropApi.set(count, Boolean.TRUE);
    return this;
  }

  /**
   * Issues tokens that live {@code lifetime} instead of the sandbox's configured lifetime, in
   * {@code expires_in} and in fact.
   *
   * @param lifetime the lifetime, zero or more (zero: expired on arrival); null returns to the
   *     configured lifetime
   * @return these faults
   */
  public SandboxFaults tokenLifetime(@Nullable Duration lifetime) {
    this.tokenLifetime = lifetime == null ? null : nonNegative(lifetime);
    return this;
  }

  /**
   * Leaves {@code expires_in} out of token responses. The tokens still expire after their lifetime:
   * a client has to assume one.
   *
   * @param omit true to leave it out
   * @return these faults
   */
  public SandboxFaults omitExpiresIn(boolean omit) {
    this.omitExpiresIn = omit;
    return this;
  }

  /**
   * Sends {@code expires_in} as a JSON string ({@code "3600"}) instead of a number, as some servers
   * do.
   *
   * @param asString true to send a string
   * @return these faults
   */
  public SandboxFaults expiresInAsString(boolean asString) {
    this.expiresInAsString = asString;
    return this;
  }

  /**
   * Sends {@code "token_type": "bearer"} instead of {@code "Bearer"}, as some of Bisnode's
   * documentation shows.
   *
   * @param lowercase true for lower case
   * @return these faults
   */
  public SandboxFaults lowercaseTokenType(boolean lowercase) {
    this.lowercaseTokenType = lowercase;
    return this;
  }

  /** Turns every switch off. Revoked tokens stay revoked. */
  public void clear() {
    tokenFailures.clear();
    apiFailures.clear();
    dropAny.clear();
    dropToken.clear();
    dropApi.clear();
    tokenEndpointUnavailable = false;
    tokenDelay = Duration.ZERO;
    apiDelay = Duration.ZERO;
    tokenLifetime = null;
    omitExpiresIn = false;
    expiresInAsString = false;
    lowercaseTokenType = false;
  }

  boolean takeTokenDrop() {
    return dropToken.take() != null || dropAny.take() != null;
  }

  boolean takeApiDrop() {
    return dropApi.take() != null || dropAny.take() != null;
  }

  @Nullable TokenFailure takeTokenFailure() {
    if (tokenEndpointUnavailable) {
      return new TokenFailure(
          503, "temporarily_unavailable", "The token endpoint is temporarily unavailable");
    }
    return tokenFailures.take();
  }

  @Nullable ApiFailure takeApiFailure() {
    return apiFailures.take();
  }

  Duration tokenDelay() {
    return tokenDelay;
  }

  Duration apiDelay() {
    return apiDelay;
  }

  @Nullable Duration tokenLifetime() {
    return tokenLifetime;
  }

  boolean omitExpiresIn() {
    return omitExpiresIn;
  }

  boolean expiresInAsString() {
    return expiresInAsString;
  }

  boolean lowercaseTokenType() {
    return lowercaseTokenType;
  }

  private static int checkStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    return status;
  }

  private static Duration nonNegative(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("must be zero or more: " + duration);
    }
    return duration;
  }
}
