package io.github.bisnodeclient.micrometer;

import io.github.bisnodeclient.runtime.BisnodeListener;
import io.github.bisnodeclient.runtime.CallContext;
import io.github.bisnodeclient.runtime.TokenCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Objects;

/**
 * Records a client's calls and token requests as Micrometer meters:
 *
 * <ul>
 *   <li>timer {@code bisnode.client.requests}, one sample per call (retries and token waits
 *       included), tags {@code api} (the interface's simple name), {@code method} (the HTTP verb),
 *       {@code uri} (the path template, never the filled path), {@code status} (the last HTTP
 *       status, or {@code NONE}), {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code
 *       SERVER_ERROR}, {@code REDIRECTION}, {@code INFORMATIONAL}, {@code UNKNOWN}, or {@code
 *       TIMEOUT} and {@code CANCELLED} for calls that ended so) and {@code exception} (the
 *       failure's simple class name, or {@code none});
 *   <li>counter {@code bisnode.client.retries}, the requests a call sent beyond its first (retries
 *       after 429, 503 or a failed connection, and the replay after a 401), tags {@code api},
 *       {@code method}, {@code uri};
 *   <li>timer {@code bisnode.token.requests}, tags {@code scope}, {@code outcome} and {@code error}
 *       (the OAuth2 error code, {@code other} for a code outside RFC 6749's, or {@code none});
 *   <li>gauge {@code bisnode.token.remaining}, once a cache is {@linkplain #monitor(TokenCache)
 *       monitored}: seconds until the current token of a scope expires, tag {@code scope}. While
 *       the token endpoint is down it falls, though calls still succeed.
 * </ul>
 *
 * <pre>{@code
 * BisnodeMetrics metrics = BisnodeMetrics.listener(meterRegistry);
 * BisnodeClient client = BisnodeClient.builder().listener(metrics).build();
 * metrics.monitor(client.tokenCache("bci"));
 * }</pre>
 */
public final class BisnodeMetrics implements BisnodeListener {
  private final MeterRegistry registry;
  private final boolean callTimer;

  private BisnodeMetrics(MeterRegistry registry, boolean callTimer) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.callTimer = callTimer;
  }

  /**
   * A listener that records every meter into {@code registry}.
   *
   * @param registry where the meters go
   * @return the listener, for {@code BisnodeClient.Builder.listener(...)}
   */
  public static BisnodeMetrics listener(MeterRegistry registry) {
    return new BisnodeMetrics(registry, true);
  }

  /**
   * A listener for an application that times observations into its meter registry, as Spring Boot
   * does: each call and each wait for a token becomes an observation of {@code observations} (see
   * {@link BisnodeObservations}), whose meter handler then makes the {@code
   * bisnode.client.requests} timer; the other meters go into {@code registry} directly. Without a
   * meter handler on {@code observations}, the call timer is missing: use {@link
   * #listener(MeterRegistry)} and {@link BisnodeObservations#listener(ObservationRegistry)} then.
   *
   * @param registry where the retry counter and the token meters go
   * @param observations where calls and token waits are observed
   * @return the listener, for {@code BisnodeClient.Builder.listener(...)}; monitor token caches
   *     with {@link #listener(MeterRegistry)}'s {@link #monitor(TokenCache)} or {@link
   *     #monitor(MeterRegistry, TokenCache)}
   */
  public static BisnodeListener listener(MeterRegistry registry, ObservationRegistry observations) {
    return BisnodeListener.all(
        List.of(new BisnodeMetrics(registry, false), BisnodeObservations.listener(observations)));
  }

  /**
   * Registers the gauge {@code bisnode.token.remaining} for one cache, such as {@code
   * client.tokenCache("bci")}. The gauge holds the cache weakly and reads it only when the registry
   * publishes; a second cache of the same scope in the same registry is not registered again.
   *
   * @param cache the token cache
   * @return this listener
   */
  public BisnodeMetrics monitor(TokenCache cache) {
    monitor(registry, cache);
    return this;
  }

  /**
   * Registers the gauge {@code bisnode.token.remaining} for one cache in {@code registry}.
   *
   * @param registry where the gauge goes
   * @param cache the token cache
   */
  public static void monitor(MeterRegistry registry, TokenCache cache) {
    Gauge.builder(Names.TOKEN_REMAINING, cache, c -> c.timeToExpiry().toNanos() / 1e9)
        .description("Seconds until the current token of the scope expires")
        .baseUnit("seconds")
        .tag("scope", cache.scope())
        .register(registry);
  }

  @Override
  public void onCall(CallEvent event) {
    CallContext call = event.call();
    if (callTimer) {
      Timer.builder(Names.CALLS)
          .description("Calls of Bisnode APIs, retries and token waits included")
          .tags(
              Tags.of(
                  "api", call.api(),
                  "method", call.verb(),
                  "uri", call.path(),
                  "status", Names.status(event.status()),
                  "outcome", Names.outcome(event),
                  "exception", Names.exception(event.failure())))
          .register(registry)
          .record(event.duration());
    }
    if (event.attempts() > 1) {
      Counter.builder(Names.RETRIES)
          .description("Requests calls sent beyond their first: retries and replays after a 401")
          .tags(Tags.of("api", call.api(), "method", call.verb(), "uri", call.path()))
          .register(registry)
          .increment(event.attempts() - 1);
    }
  }

  @Override
  public void onTokenFetch(TokenEvent event) {
    Timer.builder(Names.TOKENS)
        .description("Requests to the OAuth2 token endpoint")
        .tags(
            Tags.of(
                "scope", event.scope(),
                "outcome", Names.outcome(event),
                "error", Names.error(event.failure())))
        .register(registry)
        .record(event.duration());
  }
}
