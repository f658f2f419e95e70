package io.github.bisnodeclient.runtime.internal;

import io.github.bisnodeclient.runtime.AccessToken;
import io.github.bisnodeclient.runtime.BisnodeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.jspecify.annotations.Nullable;

/**
 * Sends API calls: blocking on the classic client, or as a {@code CompletableFuture} on the async
 * one. Both paths go through the same steps, an {@link Attempts} each: take a token, send, ask the
 * {@link RetryPolicy} what the outcome means (read, replay after a 401, retry after 429, 503 or a
 * failure to send), and report the call to the listener once it ends. Only how the bytes travel
 * differs between them.
 */
public final class Transport {
  private static final System.Logger LOG = System.getLogger(Transport.class.getName());

  private final Connections connections;
  private final RetryPolicy policy;
  private final Events events;

  /**
   * A transport over a client's connections.
   *
   * @param connections the HTTP clients
   * @param maxAttempts how many times an idempotent request is sent at most
   * @param retryAfterCap the longest wait a {@code Retry-After} may impose
   * @param backoff the backoff between retries that name no delay
   * @param events the listener's events
   */
  public Transport(
      Connections connections,
      int maxAttempts,
      Duration retryAfterCap,
      Backoff backoff,
      Events events) {
    this.connections = connections;
    this.policy = new RetryPolicy(maxAttempts, retryAfterCap, backoff);
    this.events = events;
  }

  /** A call refused before anything was sent (a missing path value, say). */
  void refused(Endpoint<?> endpoint, long startNanos, RuntimeException failure) {
    events.call(endpoint, 0, 0, startNanos, failure);
  }

  <T extends @Nullable Object> T execute(Call<T> call) {
    Attempts<T> attempts = new Attempts<>(call);
    try {
      while (true) {
        attempts.count++;
        AccessToken token = call.tokens().token();
        HttpUriRequestBase http = new HttpUriRequestBase(call.endpoint().verb(), call.uri());
        addHeaders(http, call, token);
        byte[] body = call.body();
        if (body != null) {
          http.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        }
        ClassicHttpResponse response;
        try {
          response = connections.classic().executeOpen(null, http, null);
        } catch (IOException e) {
          sleep(call.endpoint(), attempts.afterFailure(e));
          continue;
        }
        RetryPolicy.Next next =
            attempts.afterResponse(
                response.getCode(), response.getFirstHeader("Retry-After"), token);
        if (next.action() != RetryPolicy.Action.READ) {
          closeQuietly(response);
          sleep(call.endpoint(), next.delayNanos());
          continue;
        }
        T result = read(call, response);
        attempts.succeeded();
        return result;
      }
    } catch (RuntimeException e) {
      attempts.failed(e);
      throw e;
    }
  }

  <T extends @Nullable Object> CompletableFuture<T> executeAsync(Call<T> call) {
    AsyncCall<T> async;
    try {
      async = new AsyncCall<>(call);
    } catch (RuntimeException e) {
      refused(call.endpoint(), call.startNanos(), e);
      return CompletableFuture.failedFuture(e);
    }
    async.attempt();
    return async.result;
  }

  /** One call's progress through its attempts: the state both paths keep, and its decisions. */
  private final class Attempts<T extends @Nullable Object> {
    final Call<T> call;
    int count;
    int status;
    boolean replayed;

    Attempts(Call<T> call) {
      this.call = call;
    }

    RetryPolicy.Next afterResponse(int status, @Nullable Header retryAfter, AccessToken token) {
      this.status = status;
      Endpoint<T> endpoint = call.endpoint();
      RetryPolicy.Next next =
          policy.afterResponse(
              endpoint,
              count,
              replayed,
              status,
              retryAfter == null ? null : retryAfter.getValue(),
              Instant.now());
      switch (next.action()) {
        case REPLAY -> {
          // The token was refused (revoked, or expired early): renew it and send again.
          call.tokens().invalidate(token);
          replayed = true;
        }
        case RETRY ->
            LOG.log(
                Level.DEBUG,
                "{0} {1} answered {2}; trying again in {3} ms",
                endpoint.verb(),
                endpoint.path().template(),
                status,
                TimeUnit.NANOSECONDS.toMillis(next.delayNanos()));
        case READ -> {}
      }
      return next;
    }

    /** The wait before sending again after {@code failure}; throws if the call fails instead. */
    long afterFailure(Exception failure) {
      long delay = policy.afterFailure(call.endpoint(), count);
      if (delay < 0) {
        throw sendFailure(call.endpoint(), failure);
      }
      return delay;
    }

    void succeeded() {
      events.call(call.endpoint(), status, count, call.startNanos(), null);
    }

    void failed(Throwable failure) {
      events.call(call.endpoint(), status, count, call.startNanos(), failure);
    }
  }

  /** An asynchronous call: the same attempts, moved on by callbacks; never blocks a thread. */
  private final class AsyncCall<T extends @Nullable Object> {
    final CompletableFuture<T> result = new CompletableFuture<>();
    final Attempts<T> attempts;
    final Call<T> call;

    AsyncCall(Call<T> call) {
      this.call = call;
      this.attempts = new Attempts<>(call);
      connections.async(); // fails now, not on a callback, if the client is closed
    }

    void attempt() {
      attempts.count++;
      // The callback moves the call on; the future whenComplete returns adds nothing to it.
      var unused =
          call.tokens()
              .tokenAsync()
              .whenComplete(
                  (token, failure) -> {
                    if (failure != null) {
                      fail(Failures.unwrap(failure));
                    } else {
                      send(token);
                    }
                  });
    }

    void send(AccessToken token) {
      SimpleHttpRequest http = new SimpleHttpRequest(call.endpoint().verb(), call.uri());
      addHeaders(http, call, token);
      byte[] body = call.body();
      if (body != null) {
        http.setBody(body, ContentType.APPLICATION_JSON);
      }
      try {
        // The callback moves the call on; the future execute returns adds nothing to it.
        var unused =
            connections
                .async()
                .execute(
                    http,
                    new FutureCallback<>() {
                      @Override
                      public void completed(SimpleHttpResponse response) {
                        received(token, response);
                      }

                      @Override
                      public void failed(Exception e) {
                        try {
                          later(attempts.afterFailure(e));
                        } catch (RuntimeException failure) {
                          fail(failure);
                        }
                      }

                      @Override
                      public void cancelled() {
                        result.cancel(false);
                      }
                    });
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    void received(AccessToken token, SimpleHttpResponse response) {
      try {
        RetryPolicy.Next next =
            attempts.afterResponse(
                response.getCode(), response.getFirstHeader("Retry-After"), token);
        if (next.action() != RetryPolicy.Action.READ) {
          later(next.delayNanos());
          return;
        }
        byte[] bytes = response.getBodyBytes();
        T value =
            Responses.read(
                call.endpoint(),
                response.getCode(),
                response.getHeaders(),
                bytes == null ? new byte[0] : bytes,
                response.getContentType(),
                call.gson());
        attempts.succeeded();
        result.complete(value);
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    void later(long delayNanos) {
      if (delayNanos <= 0) {
        attempt();
      } else {
        CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS).execute(this::attempt);
      }
    }

    void fail(Throwable failure) {
      attempts.failed(failure);
      result.completeExceptionally(failure);
    }
  }

  /**
   * The bearer token, then the headers: the call's own replace the method's and interface's of the
   * same name, and either replaces the default {@code Accept: application/json}.
   */
  private static void addHeaders(HttpMessage http, Call<?> call, AccessToken token) {
    http.addHeader(new SecretHeader("Authorization", "Bearer", token.value()));
    boolean accept = false;
    for (String[] header : call.endpoint().headers()) {
      if (!named(call, header[0])) {
        http.addHeader(header[0], header[1]);
        accept |= header[0].equalsIgnoreCase("Accept");
      }
    }
    for (String[] header : call.headers()) {
      http.addHeader(header[0], header[1]);
      accept |= header[0].equalsIgnoreCase("Accept");
    }
    if (!accept) {
      http.addHeader("Accept", "application/json");
    }
  }

  /** Whether the call gives a header of this name itself. */
  private static boolean named(Call<?> call, String name) {
    for (String[] header : call.headers()) {
      if (header[0].equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static <T extends @Nullable Object> T read(Call<T> call, ClassicHttpResponse response) {
    Endpoint<T> endpoint = call.endpoint();
    boolean handedOver = false;
    try {
      int status = response.getCode();
      HttpEntity entity = response.getEntity();
      if (endpoint.returns().kind() == Returns.Kind.STREAM && status >= 200 && status < 300) {
        @SuppressWarnings("unchecked")
        T stream = (T) new ResponseStream(response, entity);
        handedOver = true;
        return stream;
      }
      byte[] bytes = entity == null ? new byte[0] : readBody(entity);
      ContentType type = entity == null ? null : ContentType.parseLenient(entity.getContentType());
      return Responses.read(endpoint, status, response.getHeaders(), bytes, type, call.gson());
    } catch (IOException e) {
      throw sendFailure(endpoint, e);
    } finally {
      if (!handedOver) {
        closeQuietly(response);
      }
    }
  }

  /**
   * The whole body, in one array of exactly its size when the response says how long it is.
   * HttpClient's {@code EntityUtils.toByteArray} allocates a 4 KiB scratch buffer, a buffer of the
   * announced length and a copy of it: four times a typical 1.6 KB answer, the largest item in the
   * allocation profile of a call (BENCHMARKS.md). Reading stops at the announced length either way,
   * and closing the stream hands the connection back to the pool.
   */
  static byte[] readBody(HttpEntity entity) throws IOException {
    try (InputStream in = entity.getContent()) {
      if (in == null) {
        return new byte[0];
      }
      long length = entity.getContentLength();
      // readNBytes allocates at most 8 KiB at a time, so a large announced length costs nothing
      // up front; up to that size the array it fills is the one it returns.
      return length >= 0 && length < Integer.MAX_VALUE - 8
          ? in.readNBytes((int) length)
          : in.readAllBytes();
    }
  }

  private static void sleep(Endpoint<?> endpoint, long nanos) {
    if (nanos <= 0) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BisnodeException(
          endpoint.verb() + " " + endpoint.path().template() + " was interrupted", e);
    }
  }

  static BisnodeException sendFailure(Endpoint<?> endpoint, Exception e) {
    return new BisnodeException(
        endpoint.verb() + " " + endpoint.path().template() + " failed: " + Failures.describe(e), e);
  }

  private static void closeQuietly(ClassicHttpResponse response) {
    try {
      response.close();
    } catch (IOException e) {
      // The connection is discarded either way.
    }
  }

  /** A response body the caller reads; closing it releases the connection. */
  private static final class ResponseStream extends FilterInputStream {
    private final ClassicHttpResponse response;

    ResponseStream(ClassicHttpResponse response, @Nullable HttpEntity entity) throws IOException {
      super(entity == null ? InputStream.nullInputStream() : entity.getContent());
      this.response = response;
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        response.close();
      }
    }
  }
}
