package io.github.bisnodeclient.runtime;

import java.time.Duration;

/**
 * An OAuth2 bearer token from Bisnode's token endpoint, with the moment it was requested on the
 * client's monotonic clock. {@link #toString()} never shows the token's value.
 */
public final class AccessToken {
  private final String value;
  private final String scope;
  private final long lifetimeNanos;
  private final long fetchedAtNanos;

  AccessToken(String value, String scope, long lifetimeNanos, long fetchedAtNanos) {
    this.value = value;
    this.scope = scope;
    this.lifetimeNanos = lifetimeNanos;
    this.fetchedAtNanos = fetchedAtNanos;
  }

  /**
   * The token itself, as sent in {@code Authorization: Bearer ...}. Treat it as a secret.
   *
   * @return the token value
   */
  public String value() {
    return value;
  }

  /**
   * The scope the token was requested with.
   *
   * @return the scope, such as {@code bci}
   */
  public String scope() {
    return scope;
  }

  /**
   * How long the token endpoint said the token lives ({@code expires_in}).
   *
   * @return the lifetime; zero or negative for a token that must not be reused
   */
  public Duration lifetime() {
    return Duration.ofNanos(lifetimeNanos);
  }

  long lifetimeNanos() {
    return lifetimeNanos;
  }

  long fetchedAtNanos() {
    return fetchedAtNanos;
  }

  @Override
  public String toString() {
    return "AccessToken[scope=" + scope + ", lifetime=" + lifetime() + ", value=<redacted>]";
  }
}
