package io.github.bisnodeclient.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.auth.AuthSchemeFactory;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ConnectionReuseStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.impl.DefaultConnectionReuseStrategy;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * A client's HTTP connections, for API and token requests alike: a pooled classic HttpClient for
 * blocking calls and, started on first use, a pooled async one with one I/O thread. Both are set up
 * alike in one place: HttpClient's own retries, redirects (which would carry the bearer token to
 * another host) and cookies are off, and neither logs headers or wire bytes.
 *
 * <p>Both pools check a pooled connection for a close by the server before sending on it (see
 * {@link #VALIDATE_AFTER_INACTIVITY}), so a call is not lost to a keep-alive connection that the
 * server or a load balancer closed while it sat unused; no evictor thread is started for that.
 */
public final class Connections implements AutoCloseable {
  static final String USER_AGENT = "bisnode-client/" + version();

  /**
   * How long a connection may sit unused in the blocking client's pool before it is checked, as it
   * is taken out, for having been closed by the server. A request written to a connection the
   * server closed fails without showing whether the server got it, so a POST could not be sent
   * again. HttpClient checks with a read that waits 1 ms on a healthy connection, so connections
   * reused straight away (a busy client) are not checked; after a pause of half a second or more, 1
   * ms is noise next to a call over the internet. HttpClient's own default, 2 s, would miss servers
   * that close sooner.
   */
  public static final Duration VALIDATE_AFTER_INACTIVITY = Duration.ofMillis(500);

  /**
   * The async client checks every connection it takes from the pool: its one I/O thread notices a
   * close by the server only once it gets to that connection, and a request handed to the
   * connection in between would fail, a POST for good. The check runs on the I/O thread after it
   * has read what the server sent, so it sees the close without waiting (BENCHMARKS.md has the
   * figures).
   */
  static final Duration ASYNC_VALIDATE_AFTER_INACTIVITY = Duration.ZERO;

  /**
   * Keeps a connection for the next request only when this response's body can be read to its end
   * within the limits: HttpClient reads what is left of a body that a call stopped reading (an
   * error body past its 64 KiB, a compressed body past the limit) to reuse the connection, and a
   * server that hangs up after such an answer leaves a dead connection in the pool, on which the
   * next request, a POST perhaps, would fail. Such answers are rare; their connection is closed.
   */
  private static ConnectionReuseStrategy reuse(long maxResponseBytes) {
    return (request, response, context) -> {
      if (!DefaultConnectionReuseStrategy.INSTANCE.keepAlive(request, response, context)) {
        return false;
      }
      if (response.containsHeader(HttpHeaders.CONTENT_ENCODING)) {
        return false; // not asked for; read only up to the limit, decoded
      }
      Header length = response.getFirstHeader(HttpHeaders.CONTENT_LENGTH);
      long limit = response.getCode() >= 300 ? Body.ERROR_LIMIT : maxResponseBytes;
      try {
        return length == null || Long.parseLong(length.getValue().trim()) <= limit;
      } catch (NumberFormatException e) {
        return false;
      }
    };
  }

  private final Duration connectTimeout;
  private final Duration responseTimeout;
  private final int maxConnections;
  private final @Nullable HttpHost proxy;
  private final RequestConfig requestConfig;

  /** The settings for each {@code @Timeout} in use, made once each. */
  private final Map<Long, RequestConfig> ownTimeouts = new ConcurrentHashMap<>();

  private final CloseableHttpClient classic;
  private final Object asyncLock = new Object();
  private volatile @Nullable CloseableHttpAsyncClient async;
  private volatile boolean closed;

  /**
   * Sets up the blocking client; the asynchronous one waits for its first call.
   *
   * @param connectTimeout how long to wait for a connection, and for a free pooled one
   * @param responseTimeout how long to wait for the server between bytes of a response
   * @param maxConnections the most connections open at once, in all and so per host
   * @param proxy an {@code http://host:port} proxy for every request, or null for none
   * @param maxResponseBytes the most bytes a call reads of a body
   */
  public Connections(
      Duration connectTimeout,
      Duration responseTimeout,
      int maxConnections,
      @Nullable String proxy,
      long maxResponseBytes) {
    this.connectTimeout = connectTimeout;
    this.responseTimeout = responseTimeout;
    this.maxConnections = maxConnections;
    this.proxy = proxy == null ? null : HttpHost.create(URI.create(proxy));
    this.requestConfig =
        RequestConfig.custom()
            .setConnectionRequestTimeout(Timeout.of(connectTimeout))
            .setResponseTimeout(Timeout.of(responseTimeout))
            .setRedirectsEnabled(false)
            // No transparent decompression: it would inflate without a limit. Body decodes,
            // counted.
            .setContentCompressionEnabled(false)
            .build();
    HttpClientBuilder builder =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setConnectionFactory(QuietConnections.INSTANCE)
                    .setTlsSocketStrategy(new LazyTls())
                    .setMaxConnTotal(maxConnections)
                    .setMaxConnPerRoute(maxConnections)
                    .setDefaultConnectionConfig(connectionConfig(VALIDATE_AFTER_INACTIVITY))
                    .build())
            .setDefaultRequestConfig(requestConfig)
            .setProxy(this.proxy)
            .setConnectionReuseStrategy(reuse(maxResponseBytes))
            // No authentication schemes: the bearer token is ours to send, and HttpClient has no
            // credentials to answer a challenge with. Nor its decompression (see requestConfig).
            // Neither is set up then, which spares start-up time.
            .setDefaultAuthSchemeRegistry(RegistryBuilder.<AuthSchemeFactory>create().build())
            .disableContentCompression()
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .setUserAgent(USER_AGENT);
    this.classic = builder.build();
  }

  private ConnectionConfig connectionConfig(Duration validateAfterInactivity) {
    return ConnectionConfig.custom()
        .setConnectTimeout(Timeout.of(connectTimeout))
        .setSocketTimeout(Timeout.of(responseTimeout))
        .setValidateAfterInactivity(TimeValue.of(validateAfterInactivity))
        .build();
  }

  /**
   * The blocking client.
   *
   * @return the classic HttpClient
   */
  public CloseableHttpClient classic() {
    return classic;
  }

  /**
   * The asynchronous client, started on the first call.
   *
   * @return the async HttpClient
   * @throws IllegalStateException if the client is closed
   */
  public CloseableHttpAsyncClient async() {
    CloseableHttpAsyncClient client = async;
    if (client != null && !closed) {
      return client;
    }
    synchronized (asyncLock) {
      if (closed) {
        throw new IllegalStateException("the BisnodeClient is closed");
      }
      CloseableHttpAsyncClient current = async;
      if (current == null) {
        HttpAsyncClientBuilder builder =
            HttpAsyncClients.custom()
                .setConnectionManager(
                    PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnections)
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
                .setProxy(proxy)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent(USER_AGENT);
        current = builder.build();
        current.start();
        async = current;
      }
      return current;
    }
  }

  /**
   * The request settings of a method with a {@code @Timeout} of its own: the client's, with that
   * timeout for reading the answer, so that a longer one than the client's is not cut short by it.
   *
   * @param responseTimeoutNanos the method's timeout
   * @return the settings to give its requests
   */
  public RequestConfig requestConfig(long responseTimeoutNanos) {
    return ownTimeouts.computeIfAbsent(
        responseTimeoutNanos,
        nanos ->
            RequestConfig.copy(requestConfig)
                .setResponseTimeout(Timeout.of(nanos, TimeUnit.NANOSECONDS))
                .build());
  }

  /** Releases every pooled connection; calls made afterwards fail. */
  @Override
  public void close() {
    synchronized (asyncLock) {
      closed = true;
      CloseableHttpAsyncClient current = async;
      if (current != null) {
        current.close(CloseMode.GRACEFUL);
      }
    }
    classic.close(CloseMode.GRACEFUL);
  }

  /**
   * This library's version: from the jar's manifest, which the class loader read already, or where
   * there is none (classes in a directory) as the build wrote it next to this class.
   */
  private static String version() {
    String manifest = Connections.class.getPackage().getImplementationVersion();
    if (manifest != null) {
      return manifest;
    }
    try (InputStream in = Connections.class.getResourceAsStream("version.txt")) {
      return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
