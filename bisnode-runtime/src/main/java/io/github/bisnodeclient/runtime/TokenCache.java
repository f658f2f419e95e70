package io.github.bisnodeclient.runtime;

import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Holds the access token of one (token URL, client id, scope set) and renews it before it expires.
 * A token is due when {@code now + margin >= fetchedAt + lifetime}, where {@code fetchedAt} is when
 * its request was sent; for a token that lives at most twice the margin, half its lifetime is used
 * as the margin, so short-lived tokens are still reused.
 *
 * <p>However many threads find the token missing or due, one token request is in flight; every one
 * of them receives its token, which is stored before any of them wakes, or its failure, the same
 * exception for all.
 */
public final class TokenCache {
  private final TokenEndpoint endpoint;
  private final String scope;
  private final long marginNanos;
  private final Ticker ticker;

  private volatile @Nullable AccessToken current;

  /** The request in flight, if any. */
  @GuardedBy("this")
  private @Nullable CompletableFuture<AccessToken> inFlight;

  TokenCache(TokenEndpoint endpoint, String scope, Duration margin, Ticker ticker) {
    this.endpoint = endpoint;
    this.scope = scope;
    this.marginNanos = margin.toNanos();
    this.ticker = ticker;
  }

  /**
   * The current token, fetched first if there is none or it is due.
   *
   * @return a token valid for at least the margin, or a fresh one
   * @throws BisnodeAuthException if a needed token request fails
   */
  public AccessToken token() {
    AccessToken token = current;
    if (token != null && !isDue(token, ticker.nanos())) {
      return token;
    }
    CompletableFuture<AccessToken> flight;
    synchronized (this) {
      token = current;
      if (token != null && !isDue(token, ticker.nanos())) {
        return token;
      }
      flight = inFlight;
      if (flight == null) {
        flight = new CompletableFuture<>();
        inFlight = flight;
        return fetchAsLeader(flight);
      }
    }
    return await(flight);
  }

  /**
   * The current token like {@link #token()}, without blocking: if a token request is needed, the
   * future completes when it answers.
   *
   * @return a future of the token, or of the {@link BisnodeAuthException} that prevented it
   */
  public CompletableFuture<AccessToken> tokenAsync() {
    AccessToken token = current;
    if (token != null && !isDue(token, ticker.nanos())) {
      return CompletableFuture.completedFuture(token);
    }
    CompletableFuture<AccessToken> flight;
    synchronized (this) {
      token = current;
      if (token != null && !isDue(token, ticker.nanos())) {
        return CompletableFuture.completedFuture(token);
      }
      flight = inFlight;
      if (flight != null) {
        return flight.copy();
      }
      flight = new CompletableFuture<>();
      inFlight = flight;
    }
    CompletableFuture<AccessToken> leader = flight;
    CompletableFuture<AccessToken> fetch;
    try {
      fetch = endpoint.fetchAsync(scope);
    } catch (RuntimeException e) {
      fetch = CompletableFuture.failedFuture(e);
    }
    // The callback settles `leader` itself; the future whenComplete returns adds nothing to it.
    var unused =
        fetch.whenComplete(
            (fresh, failure) -> {
              if (failure != null) {
                synchronized (this) {
                  inFlight = null;
                }
                leader.completeExceptionally(unwrap(failure));
              } else {
                store(fresh);
                leader.complete(fresh);
              }
            });
    return leader.copy();
  }

  /**
   * Drops {@code token} if it is still the current one, so that the next call fetches a new token.
   * A token that was already replaced is left alone, so many callers reporting the same rejected
   * token cause one renewal.
   *
   * @param token the token an API rejected
   */
  public void invalidate(AccessToken token) {
    synchronized (this) {
      if (current == token) {
        current = null;
      }
    }
  }

  /**
   * The scope this cache requests tokens for.
   *
   * @return the scope
   */
  public String scope() {
    return scope;
  }

  private AccessToken fetchAsLeader(CompletableFuture<AccessToken> flight) {
    AccessToken fresh;
    try {
      fresh = endpoint.fetch(scope);
    } catch (RuntimeException | Error e) {
      synchronized (this) {
        inFlight = null;
      }
      flight.completeExceptionally(e);
      throw e;
    }
    store(fresh);
    flight.complete(fresh);
    return fresh;
  }

  /** Stores a token before anyone waiting for it wakes; one that may not be reused is not kept. */
  private synchronized void store(AccessToken fresh) {
    if (fresh.lifetimeNanos() > 0) {
      current = fresh;
    }
    inFlight = null;
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  private static AccessToken await(CompletableFuture<AccessToken> flight) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return flight.get();
        } catch (InterruptedException e) {
          // The request in flight is bounded by the client's timeouts: finish waiting for it.
          interrupted = true;
        } catch (ExecutionException e) {
          throw rethrow(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static RuntimeException rethrow(@Nullable Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new CompletionException(failure);
  }

  boolean isDue(AccessToken token, long now) {
    long lifetime = token.lifetimeNanos();
    if (lifetime <= 0) {
      return true;
    }
    long margin = lifetime <= 2 * marginNanos ? lifetime / 2 : marginNanos;
    return token.ageNanos(now) >= lifetime - margin;
  }

  @Override
  public String toString() {
    return "TokenCache[scope=" + scope + ", tokenUrl=" + endpoint.url() + "]";
  }
}
