package io.github.bisnodeclient.runtime;

import com.google.gson.Gson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * Sends API requests over Apache HttpClient 5: a pooled classic client for blocking calls and,
 * started on first use, a pooled async client with one I/O thread for {@code CompletableFuture}
 * calls. This class owns every retry: HttpClient's own retries are off, and so are redirects, which
 * would carry the bearer token to another host.
 *
 * <p>A 401 invalidates the token that was sent and replays the request once with a new one. A GET
 * answered 429 or 503 waits as {@code Retry-After} says (capped) and is tried again, up to the
 * configured attempts; a GET that could not connect is retried with backoff. A POST is never sent
 * twice except after a 401, which Bisnode sends before doing any work.
 *
 * <p>Both pools check a pooled connection for a close by the server before sending on it (see
 * {@link #VALIDATE_AFTER_INACTIVITY}), so a call is not lost to a keep-alive connection that the
 * server or a load balancer closed while it sat unused; no evictor thread is started for that.
 */
final class Transport implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Transport.class.getName());
  private static final String USER_AGENT = "bisnode-client/0.1.0";

  private final BisnodeClient.Settings settings;
  private final Backoff backoff;
  private final Events events;
  private final CloseableHttpClient classic;
  private final RequestConfig requestConfig;
  private final Object asyncLock = new Object();
  private volatile @Nullable CloseableHttpAsyncClient async;
  private volatile boolean closed;

  Transport(BisnodeClient.Settings settings, Backoff backoff, Events events) {
    this.settings = settings;
    this.backoff = backoff;
    this.events = events;
    Timeout connect = Timeout.of(settings.connectTimeout);
    this.requestConfig =
        RequestConfig.custom()
            .setConnectionRequestTimeout(connect)
            .setResponseTimeout(Timeout.of(settings.responseTimeout))
            .setRedirectsEnabled(false)
            .build();
    this.classic =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setConnectionFactory(QuietConnections.INSTANCE)
                    .setTlsSocketStrategy(new LazyTls())
                    .setMaxConnTotal(settings.maxConnections)
                    .setMaxConnPerRoute(settings.maxConnections)
                    .setDefaultConnectionConfig(connectionConfig(VALIDATE_AFTER_INACTIVITY))
                    .build())
            .setDefaultRequestConfig(requestConfig)
            .setProxy(proxy(settings))
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .setUserAgent(USER_AGENT)
            .build();
  }

  private static @Nullable HttpHost proxy(BisnodeClient.Settings settings) {
    String proxy = settings.proxy;
    if (proxy == null) {
      return null;
    }
    try {
      return HttpHost.create(URI.create(proxy));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("proxy is not a valid URL", e);
    }
  }

  /**
   * How long a connection may sit unused in the blocking client's pool before it is checked, as it
   * is taken out, for having been closed by the server. Servers and load balancers close idle
   * keep-alive connections; a request written to one fails without showing whether the server got
   * it, so a POST could not be sent again and the call would fail. HttpClient checks with a read
   * that waits 1 ms on a healthy connection, so connections reused straight away (a busy client)
   * are not checked; after a pause of half a second or more, 1 ms is noise next to a call over the
   * internet. HttpClient's own default, 2 s, would miss servers that close sooner.
   */
  static final Duration VALIDATE_AFTER_INACTIVITY = Duration.ofMillis(500);

  /**
   * The async client checks every connection it takes from the pool; unset, HttpClient 5.6's async
   * pool checks none. When the server closes a pooled connection, the client's one I/O thread
   * notices only once it gets to that connection; busy with other connections (a large pool under
   * load), it had not yet, and a request handed to the connection in between failed with {@code
   * RequestNotExecutedException: Connection is closed}, a POST for good. The check runs on the I/O
   * thread after it has read what the server sent, so it sees the close; it waits for nothing, and
   * in runs of 96,000 calls over 64 connections it cost no measurable time. Sending such a request
   * again instead (HttpClient reports it as never sent) fell short: against a server that closed
   * most of a 1,000-connection pool, three attempts in a row could all draw closed connections (69
   * of 10,000 POSTs failed, 145 with neither remedy, none that way with the check). What remains is
   * a close that crosses a request on the wire; that request may have reached the server, so a POST
   * is not sent again.
   */
  static final Duration ASYNC_VALIDATE_AFTER_INACTIVITY = Duration.ZERO;

  private ConnectionConfig connectionConfig(Duration validateAfterInactivity) {
    return ConnectionConfig.custom()
        .setConnectTimeout(Timeout.of(settings.connectTimeout))
        .setSocketTimeout(Timeout.of(settings.responseTimeout))
        .setValidateAfterInactivity(TimeValue.of(validateAfterInactivity))
        .build();
  }

  CloseableHttpClient classic() {
    return classic;
  }

  CloseableHttpAsyncClient async() {
    CloseableHttpAsyncClient client = async;
    if (client != null) {
      return client;
    }
    synchronized (asyncLock) {
      if (closed) {
        throw new IllegalStateException("the BisnodeClient is closed");
      }
      if (async == null) {
        CloseableHttpAsyncClient created =
            HttpAsyncClients.custom()
                .setConnectionManager(
                    PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(settings.maxConnections)
                        .setMaxConnPerRoute(settings.maxConnections)
                        .setDefaultConnectionConfig(
                            connectionConfig(ASYNC_VALIDATE_AFTER_INACTIVITY))
                        // HTTP/1.1 only: HTTP/2 would copy our redacting headers into plain ones.
                        .setDefaultTlsConfig(
                            TlsConfig.custom()
                                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                                .build())
                        .build())
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                // No wire log of the session, whatever the user's log settings.
                .setIoSessionDecorator(session -> session)
                .setDefaultRequestConfig(requestConfig)
                .setProxy(proxy(settings))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent(USER_AGENT)
                .build();
        created.start();
        async = created;
      }
      return async;
    }
  }

  <T extends @Nullable Object> T execute(BisnodeRequest<T> request, Gson gson) {
    long start = System.nanoTime();
    Endpoint<T> endpoint = request.endpoint();
    TokenCache tokens = request.target().tokenCache();
    int attempts = 0;
    int status = 0;
    boolean replayed = false;
    try {
      URI uri = URI.create(request.uri());
      byte[] body = request.hasBody() ? encodeBody(request, gson) : null;
      while (true) {
        attempts++;
        AccessToken token = tokens.token();
        HttpUriRequestBase http = new HttpUriRequestBase(endpoint.verb(), uri);
        addHeaders(http, request, token);
        if (body != null) {
          http.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        }
        ClassicHttpResponse response;
        try {
          response = classic.executeOpen(null, http, null);
        } catch (IOException e) {
          if (mayResend(endpoint, attempts)) {
            sleep(endpoint, backoff.delayNanos(attempts, backoff.capNanos()));
            continue;
          }
          throw sendFailure(endpoint, e);
        }
        status = response.getCode();
        if (status == 401 && !replayed) {
          // The token was refused (revoked, or expired early): renew it and replay once.
          closeQuietly(response);
          tokens.invalidate(token);
          replayed = true;
          continue;
        }
        if (isBusy(status) && mayResend(endpoint, attempts)) {
          long delay = retryDelay(response.getFirstHeader("Retry-After"), attempts);
          closeQuietly(response);
          LOG.log(
              Level.DEBUG,
              "{0} {1} answered {2}; trying again in {3} ms",
              endpoint.verb(),
              endpoint.path().template(),
              status,
              TimeUnit.NANOSECONDS.toMillis(delay));
          sleep(endpoint, delay);
          continue;
        }
        T result = read(endpoint, response, gson);
        events.call(endpoint, status, attempts, start, null);
        return result;
      }
    } catch (RuntimeException e) {
      events.call(endpoint, status, attempts, start, e);
      throw e;
    }
  }

  private <T extends @Nullable Object> T read(
      Endpoint<T> endpoint, ClassicHttpResponse response, Gson gson) {
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
      return Responses.read(endpoint, status, response.getHeaders(), bytes, type, gson);
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
   * and closing the stream hands the connection back to the pool as before.
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

  <T extends @Nullable Object> CompletableFuture<T> executeAsync(
      BisnodeRequest<T> request, Gson gson) {
    long start = System.nanoTime();
    Endpoint<T> endpoint = request.endpoint();
    String uri;
    byte[] body;
    CloseableHttpAsyncClient client;
    try {
      uri = request.uri();
      body = request.hasBody() ? encodeBody(request, gson) : null;
      client = async();
    } catch (RuntimeException e) {
      events.call(endpoint, 0, 0, start, e);
      return CompletableFuture.failedFuture(e);
    }
    AsyncCall<T> call = new AsyncCall<>(request, client, uri, body, gson, start);
    call.attempt();
    return call.result;
  }

  /** One asynchronous call through its attempts; never blocks a thread. */
  private final class AsyncCall<T extends @Nullable Object> {
    final CompletableFuture<T> result = new CompletableFuture<>();
    final BisnodeRequest<T> request;
    final Endpoint<T> endpoint;
    final CloseableHttpAsyncClient client;
    final String uri;
    final byte @Nullable [] body;
    final Gson gson;
    final long start;
    int attempts;
    int status;
    boolean replayed;

    AsyncCall(
        BisnodeRequest<T> request,
        CloseableHttpAsyncClient client,
        String uri,
        byte @Nullable [] body,
        Gson gson,
        long start) {
      this.request = request;
      this.endpoint = request.endpoint();
      this.client = client;
      this.uri = uri;
      this.body = body;
      this.gson = gson;
      this.start = start;
    }

    void attempt() {
      attempts++;
      // The callback moves the call on; the future whenComplete returns adds nothing to it.
      var unused =
          request
              .target()
              .tokenCache()
              .tokenAsync()
              .whenComplete(
                  (token, failure) -> {
                    if (failure != null) {
                      fail(TokenCache.unwrap(failure));
                    } else {
                      send(token);
                    }
                  });
    }

    void send(AccessToken token) {
      SimpleHttpRequest http = new SimpleHttpRequest(endpoint.verb(), URI.create(uri));
      addHeaders(http, request, token);
      if (body != null) {
        http.setBody(body, ContentType.APPLICATION_JSON);
      }
      try {
        // The callback moves the call on; the future execute returns adds nothing to it.
        var unused =
            client.execute(
                http,
                new FutureCallback<>() {
                  @Override
                  public void completed(SimpleHttpResponse response) {
                    received(token, response);
                  }

                  @Override
                  public void failed(Exception e) {
                    if (mayResend(endpoint, attempts)) {
                      later(backoff.delayNanos(attempts, backoff.capNanos()));
                    } else {
                      fail(sendFailure(endpoint, e));
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
      status = response.getCode();
      if (status == 401 && !replayed) {
        request.target().tokenCache().invalidate(token);
        replayed = true;
        attempt();
        return;
      }
      if (isBusy(status) && mayResend(endpoint, attempts)) {
        later(retryDelay(response.getFirstHeader("Retry-After"), attempts));
        return;
      }
      try {
        byte[] bytes = response.getBodyBytes();
        T value =
            Responses.read(
                endpoint,
                status,
                response.getHeaders(),
                bytes == null ? new byte[0] : bytes,
                response.getContentType(),
                gson);
        events.call(endpoint, status, attempts, start, null);
        result.complete(value);
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    void later(long delayNanos) {
      Executor delayed = CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS);
      delayed.execute(this::attempt);
    }

    void fail(Throwable failure) {
      events.call(endpoint, status, attempts, start, failure);
      result.completeExceptionally(failure);
    }
  }

  private static void addHeaders(HttpMessage http, BisnodeRequest<?> request, AccessToken token) {
    Endpoint<?> endpoint = request.endpoint();
    http.addHeader(new SecretHeader("Authorization", "Bearer", token.value()));
    if (!endpoint.hasAcceptHeader()) {
      http.addHeader("Accept", "application/json");
    }
    for (String[] header : endpoint.headers()) {
      http.addHeader(header[0], header[1]);
    }
    for (String[] header : request.headers()) {
      http.addHeader(header[0], header[1]);
    }
  }

  /** The wait before another attempt: as {@code Retry-After} says, capped, or backoff. */
  private long retryDelay(@Nullable Header retryAfter, int attempts) {
    long cap = settings.retryAfterCap.toNanos();
    return RetryAfter.parse(retryAfter == null ? null : retryAfter.getValue(), Instant.now())
        .map(Duration::toNanos)
        .map(delay -> Math.min(delay, cap))
        .orElseGet(() -> backoff.delayNanos(attempts, cap));
  }

  private static void sleep(Endpoint<?> endpoint, long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BisnodeException(
          endpoint.verb() + " " + endpoint.path().template() + " was interrupted", e);
    }
  }

  /** Only a GET is sent again (after a 401 any request is), and only up to the attempts. */
  private boolean mayResend(Endpoint<?> endpoint, int attempts) {
    return endpoint.verb().equals("GET") && attempts < settings.maxAttempts;
  }

  /** Statuses that ask the caller to come back later. */
  private static boolean isBusy(int status) {
    return status == 429 || status == 503;
  }

  private static byte[] encodeBody(BisnodeRequest<?> request, Gson gson) {
    return gson.toJson(request.body()).getBytes(StandardCharsets.UTF_8);
  }

  static BisnodeException sendFailure(Endpoint<?> endpoint, Exception e) {
    return new BisnodeException(
        endpoint.verb()
            + " "
            + endpoint.path().template()
            + " failed: "
            + TokenEndpoint.describe(e),
        e);
  }

  private static void closeQuietly(ClassicHttpResponse response) {
    try {
      response.close();
    } catch (IOException e) {
      // The connection is discarded either way.
    }
  }

  @Override
  public void close() {
    synchronized (asyncLock) {
      closed = true;
      if (async != null) {
        async.close(CloseMode.GRACEFUL);
      }
    }
    classic.close(CloseMode.GRACEFUL);
  }

  /** A response body the caller reads; closing it releases the connection. */
  private static final class ResponseStream extends FilterInputStream {
    private final ClassicHttpResponse response;

    ResponseStream(ClassicHttpResponse response, HttpEntity entity) throws IOException {
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
