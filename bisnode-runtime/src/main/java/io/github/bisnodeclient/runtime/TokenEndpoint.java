package io.github.bisnodeclient.runtime;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.bisnodeclient.runtime.internal.BufferingConsumer;
import io.github.bisnodeclient.runtime.internal.Connections;
import io.github.bisnodeclient.runtime.internal.Events;
import io.github.bisnodeclient.runtime.internal.Failures;
import io.github.bisnodeclient.runtime.internal.Interrupts;
import io.github.bisnodeclient.runtime.internal.RetryAfter;
import io.github.bisnodeclient.runtime.internal.Scheduler;
import io.github.bisnodeclient.runtime.internal.SecretHeader;
import io.github.bisnodeclient.runtime.internal.UrlEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.jspecify.annotations.Nullable;

/**
 * Bisnode's OAuth2 token endpoint: sends the client-credentials request exactly as Bisnode
 * documents it and reads the token answer.
 *
 * <p>A token request has one deadline, the client's {@code responseTimeout}, from sending to the
 * last byte, as an API call's attempt has: an endpoint that drips its answer a byte at a time is
 * cut off, its connection closed, and the request fails as a {@link BisnodeAuthException} whose
 * cause is a {@link BisnodeTimeoutException}. A blocking request whose thread is interrupted (the
 * client closing) is aborted too.
 */
final class TokenEndpoint {
  /**
   * Its logger, looked up on first use: finding the logging backend (a service lookup on the class
   * path) is start-up time that a client which never logs need not pay.
   */
  private static final class Log {
    static final System.Logger LOGGER = System.getLogger(TokenEndpoint.class.getName());
  }

  private static final ContentType FORM = ContentType.create("application/x-www-form-urlencoded");

  /** A token answer is a few hundred bytes; anything past this is not one. */
  private static final int ANSWER_LIMIT = 64 * 1024;

  private final String url;
  private final URI uri;
  private final ClientAuthentication authentication;
  private final @Nullable Header basicAuthorization;
  private final String clientId;
  private final String clientSecret;
  private final Connections connections;
  private final Ticker ticker;
  private final long defaultLifetimeNanos;
  private final Events events;
  private final long deadlineNanos;
  private final Scheduler scheduler;
  private final Interrupts interrupts;

  /** The asynchronous token requests in flight, which closing ends. */
  private final Set<Pending> inFlight = ConcurrentHashMap.newKeySet();

  /** An asynchronous token request in flight: its result and, once sent, its exchange. */
  private static final class Pending {
    final CompletableFuture<AccessToken> result = new CompletableFuture<>();
    final BufferingConsumer consumer = new BufferingConsumer(ANSWER_LIMIT);
    volatile @Nullable Future<?> exchange;
  }

  private final AtomicBoolean saidMissingLifetime = new AtomicBoolean();

  TokenEndpoint(
      String url,
      String clientId,
      String clientSecret,
      ClientAuthentication authentication,
      Connections connections,
      Ticker ticker,
      Duration defaultLifetime,
      Events events,
      Duration responseTimeout,
      Scheduler scheduler,
      Interrupts interrupts) {
    this.url = url;
    this.uri = URI.create(url);
    this.authentication = authentication;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.basicAuthorization =
        switch (authentication) {
          // As curl -u and Bisnode's example send it: neither part form-encoded.
          case BASIC -> basic(clientId, clientSecret);
          case BASIC_FORM_ENCODED -> basic(formEncode(clientId), formEncode(clientSecret));
          case CLIENT_SECRET_POST -> null;
        };
    this.connections = connections;
    this.ticker = ticker;
    this.defaultLifetimeNanos = defaultLifetime.toNanos();
    this.events = events;
    this.deadlineNanos = responseTimeout.toNanos();
    this.scheduler = scheduler;
    this.interrupts = interrupts;
  }

  private static Header basic(String user, String password) {
    String pair = user + ":" + password;
    return new SecretHeader(
        "Authorization",
        "Basic",
        Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  String url() {
    return url;
  }

  /**
   * Requests a token.
   *
   * @param awaited whether a caller waits for it, asked when the request ends
   */
  AccessToken fetch(String scope, BooleanSupplier awaited) {
    HttpPost post = new HttpPost(uri);
    prepare(post);
    post.setEntity(new StringEntity(form(scope), FORM));
    Attempt attempt = new Attempt(scope, awaited);
    Scheduler.Deadline deadline = scheduler.deadline(deadlineNanos, post::cancel);
    Interrupts.Watch watch = interrupts.watch(post::cancel);
    try (ClassicHttpResponse response = connections.classic().executeOpen(null, post, null)) {
      byte[] body = response.getEntity() == null ? new byte[0] : readBody(response.getEntity());
      return attempt.answered(response.getCode(), retryAfter(response), body);
    } catch (IOException e) {
      throw attempt.failed(deadline.fired() ? timedOut(e) : noAnswer(e));
    } finally {
      deadline.cancel();
      watch.end();
    }
  }

  private BisnodeAuthException noAnswer(Exception e) {
    return new BisnodeAuthException(url, 0, null, Failures.describe(e), e);
  }

  private BisnodeAuthException timedOut(@Nullable Exception e) {
    String within =
        "did not complete within "
            + TimeUnit.NANOSECONDS.toMillis(deadlineNanos)
            + " ms (responseTimeout)";
    return new BisnodeAuthException(
        url,
        0,
        null,
        within,
        new BisnodeTimeoutException("Token request to " + url + " " + within, e));
  }

  /** The same request as {@link #fetch}, without blocking the calling thread. */
  CompletableFuture<AccessToken> fetchAsync(String scope, BooleanSupplier awaited) {
    SimpleHttpRequest post = new SimpleHttpRequest("POST", uri);
    prepare(post);
    post.setBody(form(scope), FORM);
    Attempt attempt = new Attempt(scope, awaited);
    Pending pending = new Pending();
    CompletableFuture<AccessToken> result = pending.result;
    // Cancelling the exchange at the deadline ends it through cancelled(), as a timeout.
    Scheduler.ExchangeDeadline deadline = scheduler.exchangeDeadline(deadlineNanos);
    // The deadline's timer is dropped as soon as the request ends; this future adds nothing.
    var unused =
        result.whenComplete(
            (token, failure) -> {
              deadline.cancel();
              inFlight.remove(pending);
            });
    Future<?> exchange =
        connections
            .async()
            .execute(
                SimpleRequestProducer.create(post),
                pending.consumer,
                new FutureCallback<BufferingConsumer.Buffered>() {
                  @Override
                  public void completed(BufferingConsumer.Buffered response) {
                    try {
                      result.complete(
                          attempt.answered(
                              response.status(), response.header("Retry-After"), response.body()));
                    } catch (BisnodeAuthException e) {
                      result.completeExceptionally(e);
                    }
                  }

                  @Override
                  public void failed(Exception e) {
                    result.completeExceptionally(
                        attempt.failed(deadline.fired() ? timedOut(e) : noAnswer(e)));
                  }

                  @Override
                  public void cancelled() {
                    result.completeExceptionally(
                        attempt.failed(
                            deadline.fired()
                                ? timedOut(null)
                                : new BisnodeAuthException(
                                    url, 0, null, "the token request was cancelled", null)));
                  }
                });
    deadline.arm(exchange, pending.consumer);
    pending.exchange = exchange;
    inFlight.add(pending);
    if (result.isDone()) {
      inFlight.remove(pending);
    }
    return result;
  }

  /**
   * Ends every asynchronous token request still in flight: the client is closing, and an exchange
   * that closing cuts off may never report back. The token caches, closed first, end their waiters
   * quietly with this failure.
   */
  void close() {
    for (Pending pending : inFlight) {
      pending.result.completeExceptionally(
          new BisnodeAuthException(
              url, 0, null, "the client was closed during the token request", null));
      pending.consumer.abandon();
      Future<?> exchange = pending.exchange;
      if (exchange != null) {
        exchange.cancel(true);
      }
    }
  }

  /** One token request: what both paths do with its answer, and the listener's event. */
  private final class Attempt {
    final String scope;
    final BooleanSupplier awaited;
    final long sentAt = ticker.nanos();
    final long start = System.nanoTime();
    int status;

    Attempt(String scope, BooleanSupplier awaited) {
      this.scope = scope;
      this.awaited = awaited;
    }

    AccessToken answered(int status, @Nullable String retryAfter, byte[] body) {
      this.status = status;
      String text = new String(body, StandardCharsets.UTF_8);
      if (status != 200) {
        throw failed(failure(status, text, retryAfter));
      }
      AccessToken token;
      try {
        token = parse(scope, text, sentAt);
      } catch (BisnodeAuthException e) {
        throw failed(e);
      }
      events.token(scope, status, token.lifetimeNanos(), start, awaited, null);
      return token;
    }

    BisnodeAuthException failed(BisnodeAuthException e) {
      events.token(scope, status, 0, start, awaited, e);
      return e;
    }
  }

  private static @Nullable String retryAfter(HttpMessage response) {
    Header header = response.getFirstHeader("Retry-After");
    return header == null ? null : header.getValue();
  }

  private static byte[] readBody(HttpEntity entity) throws IOException {
    try (InputStream in = entity.getContent()) {
      return in == null ? new byte[0] : in.readNBytes(ANSWER_LIMIT);
    }
  }

  private void prepare(HttpMessage request) {
    if (basicAuthorization != null) {
      request.setHeader(basicAuthorization);
    }
    request.setHeader("Accept", "application/json");
  }

  private String form(String scope) {
    String form = "grant_type=client_credentials&scope=" + UrlEncoding.encode(scope);
    if (authentication == ClientAuthentication.CLIENT_SECRET_POST) {
      form += "&client_id=" + formEncode(clientId) + "&client_secret=" + formEncode(clientSecret);
    }
    return form;
  }

  private static String formEncode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private AccessToken parse(String scope, String body, long sentAt) {
    JsonObject json;
    try {
      JsonElement element = JsonParser.parseString(body);
      if (!element.isJsonObject()) {
        throw new BisnodeAuthException(url, 200, null, "the answer is not a JSON object", null);
      }
      json = element.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new BisnodeAuthException(url, 200, null, "the answer is not valid JSON", e);
    }
    String token = string(json, "access_token");
    if (token == null || token.isEmpty()) {
      throw new BisnodeAuthException(url, 200, null, "the answer has no access_token", null);
    }
    String type = string(json, "token_type");
    if (type != null && !type.toLowerCase(Locale.ROOT).equals("bearer")) {
      throw new BisnodeAuthException(
          url, 200, null, "token_type is \"" + type + "\", not Bearer", null);
    }
    return new AccessToken(token, scope, lifetimeNanos(json), sentAt);
  }

  private long lifetimeNanos(JsonObject json) {
    JsonElement expiresIn = json.get("expires_in");
    if (expiresIn == null || expiresIn.isJsonNull()) {
      if (saidMissingLifetime.compareAndSet(false, true)) {
        Log.LOGGER.log(
            Level.INFO,
            "Token endpoint {0} sent no expires_in; tokens are taken to live {1}",
            url,
            Duration.ofNanos(defaultLifetimeNanos));
      }
      return defaultLifetimeNanos;
    }
    try {
      // Some servers send the number as a JSON string.
      double seconds = Double.parseDouble(expiresIn.getAsString().trim());
      return (long) (seconds * TimeUnit.SECONDS.toNanos(1));
    } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException e) {
      throw new BisnodeAuthException(url, 200, null, "expires_in is not a number", e);
    }
  }

  private BisnodeAuthException failure(int status, String body, @Nullable String retryAfter) {
    String error = null;
    String description = null;
    try {
      JsonElement element = JsonParser.parseString(body);
      if (element.isJsonObject()) {
        error = string(element.getAsJsonObject(), "error");
        description = string(element.getAsJsonObject(), "error_description");
      }
    } catch (JsonParseException e) {
      // Not OAuth2's error JSON: the status alone says what happened.
    }
    BisnodeAuthException failure = new BisnodeAuthException(url, status, error, description, null);
    RetryAfter.parse(retryAfter, Instant.now())
        .ifPresent(delay -> failure.retryAfter(delay.toNanos()));
    return failure;
  }

  private static @Nullable String string(JsonObject json, String name) {
    JsonElement element = json.get(name);
    if (element instanceof JsonPrimitive primitive) {
      return primitive.getAsString();
    }
    return null;
  }
}
