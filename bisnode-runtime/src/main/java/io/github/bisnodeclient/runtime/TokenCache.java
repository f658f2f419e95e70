package io.github.bisnodeclient.runtime;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.concurrent.GuardedBy;
import io.github.bisnodeclient.runtime.internal.Backoff;
import io.github.bisnodeclient.runtime.internal.Failures;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Holds the access token of one (token URL, client id, scope set) and renews it before it expires.
 *
 * <p>The rule, as Bisnode states it: a token is <em>due</em> when {@code now + margin >= fetchedAt
 * + lifetime} ({@code fetchedAt} being when its request was sent), and a due token is never sent:
 * the caller waits for a new one, joining the token request in flight if there is one. For a token
 * that lives at most twice the margin, half its lifetime is the margin, so short-lived tokens are
 * still reused. The one exception: when renewing fails and the current token has not expired yet,
 * callers go on with it instead of failing (stale while failing), said once per failure streak in
 * the log; once the backoff after the failure has passed, a caller that finds the token due tries
 * again and waits for that try, falling back on the current token only if it fails too.
 *
 * <p>With proactive refresh (the default) renewal starts earlier, in the background, at a jittered
 * advisory point, so that with steady traffic no caller ever waits. For a token that lives 20
 * minutes or more, that point lies 6 to 7 minutes before expiry, so the token endpoint may be down
 * for 5 minutes without one call failing; for a shorter token it lies 30 % of its lifetime before
 * expiry, and always before the token falls due.
 *
 * <p>However many threads, blocking or asynchronous, find the token missing or due, one token
 * request is in flight; all of them receive its token, which is stored before any of them wakes, or
 * its failure, the same exception for all.
 *
 * <p>Failed token requests are retried with exponential backoff and full jitter, honouring {@code
 * Retry-After}. Without a valid token, callers get the failure as a {@link BisnodeAuthException};
 * during the backoff that follows they get it at once instead of waiting on the endpoint again.
 * Refusals that retrying cannot fix (RFC 6749 §5.2: {@code invalid_request}, {@code
 * invalid_client}, {@code invalid_grant}, {@code unauthorized_client}, {@code
 * unsupported_grant_type}, {@code invalid_scope}) are asked again after about 1 second, then 2, 4
 * and so on (each wait drawn between half and all of that) up to the backoff cap, so a fixed secret
 * is noticed within seconds while a wrong one costs the endpoint a few requests a minute.
 */
public final class TokenCache {
  /**
   * Its logger, looked up on first use: finding the logging backend (a service lookup on the class
   * path) is start-up time that a client which never logs need not pay.
   */
  private static final class Log {
    static final System.Logger LOGGER = System.getLogger(TokenCache.class.getName());
  }

  /** Without a valid token, a failure is reused for at most this long before asking again. */
  private static final long NO_TOKEN_BACKOFF_LIMIT = TimeUnit.SECONDS.toNanos(2);

  /** The first wait after a refusal that retrying cannot fix; it doubles up to the backoff cap. */
  private static final long REFUSAL_BACKOFF_BASE = TimeUnit.SECONDS.toNanos(1);

  /**
   * How long before expiry proactive refresh starts for a token of 20 minutes or more: a 5-minute
   * outage of the token endpoint, plus a minute for the retry after it to bring a new token.
   */
  private static final long OUTAGE_LEAD = TimeUnit.MINUTES.toNanos(6);

  /** OAuth2 refusals (RFC 6749 §5.2) that asking again with the same request cannot change. */
  private static final Set<String> PERMANENT_ERRORS =
      Set.of(
          "invalid_request",
          "invalid_client",
          "invalid_grant",
          "unauthorized_client",
          "unsupported_grant_type",
          "invalid_scope");

  private final TokenEndpoint endpoint;
  private final String scope;
  private final long marginNanos;
  private final Ticker ticker;
  private final TokenPolicy policy;

  /** The token and its deadlines; replaced whole, read without locking. */
  private volatile @Nullable State state;

  @GuardedBy("this")
  private @Nullable CompletableFuture<AccessToken> inFlight;

  /** Failed token requests since the last success; null while requests succeed. */
  @GuardedBy("this")
  private @Nullable Streak streak;

  @GuardedBy("this")
  private boolean closed;

  /** Callers that waited for a token request; for tests. */
  @GuardedBy("this")
  private long waits;

  /** Whether a caller waits for the token request in flight. */
  @GuardedBy("this")
  private boolean flightAwaited;

  TokenCache(
      TokenEndpoint endpoint, String scope, Duration margin, Ticker ticker, TokenPolicy policy) {
    this.endpoint = endpoint;
    this.scope = scope;
    this.marginNanos = margin.toNanos();
    this.ticker = ticker;
    this.policy = policy;
  }

  /** A token with its deadlines on the monotonic clock. */
  private record State(AccessToken token, long advisoryAt, long dueAt, long expiresAt) {}

  /** A run of failed token requests: how many, the last failure, and when to ask again. */
  private record Streak(int count, BisnodeAuthException last, long nextAttemptAt) {}

  /** What a caller does after looking at the state under the lock. */
  private record Decision(
      @Nullable AccessToken use, @Nullable CompletableFuture<AccessToken> await, boolean lead) {}

  /**
   * The current token, fetched first if there is none or it is due.
   *
   * @return a token to send now
   * @throws BisnodeAuthException if there is no valid token and none can be obtained
   */
  public AccessToken token() {
    return token(null);
  }

  /** {@link #token()} for a call whose listener hears when it waits for a token request. */
  AccessToken token(@Nullable CallContext call) {
    State s = state;
    long now = ticker.nanos();
    if (s != null && now - s.advisoryAt < 0) {
      return s.token;
    }
    Decision decision = decide(now, false);
    AccessToken use = decision.use;
    CompletableFuture<AccessToken> flight = decision.await;
    if (use != null || flight == null) {
      return requireNonNull(use);
    }
    if (decision.lead) {
      // On a token-request thread, so that this caller waits interruptibly, like any other.
      refreshInBackground(flight, false);
    }
    if (call != null) {
      call.tokenWaitStarted();
    }
    Throwable failure = null;
    try {
      return await(flight);
    } catch (BisnodeAuthException e) {
      failure = e;
      AccessToken stale = stillValid(ticker.nanos());
      if (stale != null) {
        return stale;
      }
      throw e;
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      if (call != null) {
        call.tokenWaitEnded(failure);
      }
    }
  }

  /**
   * The current token like {@link #token()}, without blocking the calling thread: if a token
   * request is needed, the future completes when it answers.
   *
   * @return a future of the token, or of the {@link BisnodeAuthException} that prevented it
   */
  public CompletableFuture<AccessToken> tokenAsync() {
    return tokenAsync(null);
  }

  /** {@link #tokenAsync()} for a call whose listener hears when it waits for a token request. */
  CompletableFuture<AccessToken> tokenAsync(@Nullable CallContext call) {
    State s = state;
    long now = ticker.nanos();
    if (s != null && now - s.advisoryAt < 0) {
      return CompletableFuture.completedFuture(s.token);
    }
    Decision decision;
    try {
      decision = decide(now, true);
    } catch (BisnodeAuthException e) {
      return CompletableFuture.failedFuture(e);
    }
    AccessToken use = decision.use;
    CompletableFuture<AccessToken> flight = decision.await;
    if (use != null || flight == null) {
      return CompletableFuture.completedFuture(requireNonNull(use));
    }
    if (call != null) {
      call.tokenWaitStarted();
    }
    if (decision.lead) {
      fetchAsync(flight);
    }
    CompletableFuture<AccessToken> answer = flight.copy();
    if (call != null) {
      answer =
          answer.whenComplete(
              (fresh, failure) ->
                  call.tokenWaitEnded(failure == null ? null : Failures.unwrap(failure)));
    }
    return answer.exceptionallyCompose(
        failure -> {
          AccessToken stale = stillValid(ticker.nanos());
          return stale != null
              ? CompletableFuture.completedFuture(stale)
              : CompletableFuture.failedFuture(Failures.unwrap(failure));
        });
  }

  /**
   * How long the current token has left before it expires, for a gauge that shows an outage of the
   * token endpoint before calls fail. The token itself is not exposed.
   *
   * @return the time until the current token expires; zero if there is none, it has expired or it
   *     was rejected
   */
  public Duration timeToExpiry() {
    State s = state;
    if (s == null) {
      return Duration.ZERO;
    }
    long left = s.expiresAt - ticker.nanos();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
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
      State s = state;
      if (s != null && s.token == token) {
        state = null;
      }
    }
  }

  /**
   * The scope this cache requests tokens for.
   *
   * @return the scope, its parts sorted and separated by single spaces
   */
  public String scope() {
    return scope;
  }

  /**
   * Decides, under the lock, between using the current token, joining a request and leading one.
   */
  private Decision decide(long now, boolean async) {
    CompletableFuture<AccessToken> background = null;
    Decision decision;
    synchronized (this) {
      State s = state;
      boolean valid = s != null && now - s.expiresAt < 0;
      boolean due = s == null || now - s.dueAt >= 0;
      Streak failing = streak;
      boolean backingOff = failing != null && now - failing.nextAttemptAt < 0;
      if (s != null && valid && (!due || backingOff)) {
        // Not due yet, or due while renewing failed and the next try is not yet allowed (stale
        // while failing): keep the current token, and renew in the background if none runs and
        // it is time. A due token once the backoff has passed is a caller's to renew and wait
        // for, as before the first failure; if that try fails too, the caller falls back on the
        // still valid token. (A caller that read no token before another stored one arrives here
        // early: the advisory point, not mere arrival, starts a proactive refresh.)
        boolean time = due || (policy.proactive() && now - s.advisoryAt >= 0);
        if (inFlight == null && !backingOff && !closed && time) {
          background = new CompletableFuture<>();
          inFlight = background;
          flightAwaited = false;
        }
        decision = new Decision(s.token, null, false);
      } else if (inFlight != null) {
        waits++;
        flightAwaited = true;
        decision = new Decision(null, inFlight, false);
      } else if (!valid && backingOff) {
        throw requireNonNull(failing).last;
      } else {
        waits++;
        flightAwaited = true;
        inFlight = new CompletableFuture<>();
        decision = new Decision(null, inFlight, true);
      }
    }
    if (background != null) {
      refreshInBackground(background, async);
    }
    return decision;
  }

  private void refreshInBackground(CompletableFuture<AccessToken> flight, boolean async) {
    if (async) {
      fetchAsync(flight);
      return;
    }
    if (!policy.execute(() -> fetchNow(flight))) {
      finish(
          flight,
          null,
          new BisnodeAuthException(endpoint.url(), 0, null, "the client is closed", null));
    }
  }

  /** Starts the token request without blocking; its outcome completes {@code flight}. */
  private void fetchAsync(CompletableFuture<AccessToken> flight) {
    CompletableFuture<AccessToken> fetch;
    try {
      fetch = endpoint.fetchAsync(scope, this::awaited);
    } catch (RuntimeException e) {
      fetch = CompletableFuture.failedFuture(e);
    }
    // The callback settles `flight` itself; the future whenComplete returns adds nothing to it.
    var unused = fetch.whenComplete((fresh, failure) -> finish(flight, fresh, failure));
  }

  /** Runs the token request on this thread and completes {@code flight} with its outcome. */
  private void fetchNow(CompletableFuture<AccessToken> flight) {
    AccessToken fresh = null;
    Throwable failure = null;
    try {
      fresh = endpoint.fetch(scope, this::awaited);
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    finish(flight, fresh, failure);
  }

  /** Stores the outcome, then wakes whoever waits on {@code flight}. */
  private void finish(
      CompletableFuture<AccessToken> flight,
      @Nullable AccessToken fresh,
      @Nullable Throwable failure) {
    if (failure == null && fresh != null) {
      long now = ticker.nanos();
      State stored = stateOf(fresh);
      int ended;
      synchronized (this) {
        if (fresh.lifetimeNanos() > 0) {
          state = stored;
        }
        ended = streak == null ? 0 : streak.count;
        streak = null;
        if (inFlight == flight) {
          inFlight = null;
        }
      }
      if (ended > 0) {
        Log.LOGGER.log(
            Level.INFO,
            "Token endpoint {0} answered again for scope {1} after {2} failed request(s)",
            endpoint.url(),
            scope,
            ended);
      }
      if (fresh.lifetimeNanos() > 0) {
        policy.scheduleRefresh(this, stored.advisoryAt - now);
      }
      flight.complete(fresh);
      return;
    }
    Throwable cause =
        Failures.unwrap(
            failure != null ? failure : new IllegalStateException("no token and no failure"));
    long delay;
    int count;
    boolean wasClosed;
    AccessToken valid;
    BisnodeAuthException auth;
    synchronized (this) {
      wasClosed = closed;
      auth = authFailure(cause, wasClosed);
      long now = ticker.nanos();
      count = streak == null ? 1 : streak.count + 1;
      State s = state;
      valid = stillValid(now);
      long limit = valid != null && s != null ? (s.expiresAt - now) / 2 : NO_TOKEN_BACKOFF_LIMIT;
      Backoff backoff = policy.backoff();
      long wait =
          isPermanent(auth)
              ? backoff.growingDelayNanos(count, REFUSAL_BACKOFF_BASE)
              : backoff.delayNanos(count, limit);
      delay = Math.max(wait, Math.min(auth.retryAfterNanos(), backoff.capNanos()));
      streak = new Streak(count, auth, now + delay);
      if (inFlight == flight) {
        inFlight = null;
      }
    }
    if (wasClosed) {
      // The client itself ended the request: nothing failed that anyone needs to hear about.
      flight.completeExceptionally(auth);
      return;
    }
    if (count == 1) {
      Log.LOGGER.log(
          Level.WARNING,
          "{0}; {1}; retrying with backoff",
          auth.getMessage(),
          valid != null
              ? "the current token stays in use until it expires"
              : "calls fail until a token arrives");
    }
    policy.scheduleRefresh(this, delay);
    flight.completeExceptionally(cause instanceof Error ? cause : auth);
  }

  /** The failure as callers see it. */
  private BisnodeAuthException authFailure(Throwable cause, boolean clientClosed) {
    if (clientClosed) {
      return new BisnodeAuthException(
          endpoint.url(), 0, null, "the client was closed during the token request", cause);
    }
    return cause instanceof BisnodeAuthException e
        ? e
        : new BisnodeAuthException(endpoint.url(), 0, null, Failures.describe(cause), cause);
  }

  /** Called by the scheduled refresh: renews the token if nobody else is doing it. */
  void refreshIfQuiet() {
    CompletableFuture<AccessToken> flight;
    long wait;
    synchronized (this) {
      long now = ticker.nanos();
      State s = state;
      if (closed || inFlight != null) {
        return; // whoever runs the request schedules the next look
      }
      wait =
          s != null && now - s.advisoryAt < 0
              ? s.advisoryAt - now
              : streak != null && now - streak.nextAttemptAt < 0 ? streak.nextAttemptAt - now : 0;
      if (wait == 0) {
        flight = new CompletableFuture<>();
        inFlight = flight;
        flightAwaited = false;
      } else {
        flight = null;
      }
    }
    if (flight == null) {
      policy.scheduleRefresh(this, wait);
      return;
    }
    fetchNow(flight);
  }

  /** Whether a caller waits for the token request in flight, as its event says. */
  private synchronized boolean awaited() {
    return flightAwaited;
  }

  /** Failed token requests since the last success; for tests. */
  synchronized int failureStreak() {
    return streak == null ? 0 : streak.count;
  }

  /** How many callers so far waited for a token request instead of using a token; for tests. */
  synchronized long waitingCallers() {
    return waits;
  }

  /** Whether no token request is in flight; for tests. */
  synchronized boolean idle() {
    return inFlight == null;
  }

  synchronized void close() {
    closed = true;
  }

  private @Nullable AccessToken stillValid(long now) {
    State s = state;
    return s != null && now - s.expiresAt < 0 ? s.token : null;
  }

  private State stateOf(AccessToken token) {
    long lifetime = token.lifetimeNanos();
    long margin = lifetime <= 2 * marginNanos ? lifetime / 2 : marginNanos;
    long fetchedAt = token.fetchedAtNanos();
    long expiresAt = fetchedAt + lifetime;
    long dueAt = expiresAt - margin;
    if (!policy.proactive()) {
      return new State(token, dueAt, dueAt, expiresAt);
    }
    double jitter = policy.random().getAsDouble();
    // Early enough before expiry to ride out an outage of the token endpoint (6 to 7 minutes for
    // a token of 20 minutes or more, 30 to 35 % of a shorter one's lifetime)...
    long lead = (long) (Math.min(lifetime / 10 * 3, OUTAGE_LEAD) * (1 + jitter / 6));
    // ...and in any case before the token falls due, by up to a tenth of its usable time.
    long beforeDue = (long) (Math.min(margin, (dueAt - fetchedAt) / 10) * (0.5 + 0.5 * jitter));
    long advisoryAt = Math.min(expiresAt - lead, dueAt - beforeDue);
    return new State(token, advisoryAt, dueAt, expiresAt);
  }

  static boolean isPermanent(BisnodeAuthException e) {
    return e.error().map(PERMANENT_ERRORS::contains).orElse(false);
  }

  /**
   * Waits for the token request; an interrupt ends the wait (not the request, which others may
   * share) with a {@link BisnodeException} whose cause is the {@link InterruptedException}, and the
   * thread's interrupt flag set again.
   */
  private AccessToken await(CompletableFuture<AccessToken> flight) {
    try {
      return flight.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BisnodeException(
          "Interrupted while waiting for a token from " + endpoint.url() + " for scope " + scope,
          e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
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

  @Override
  public String toString() {
    return "TokenCache[scope=" + scope + ", tokenUrl=" + endpoint.url() + "]";
  }
}
