package io.github.bisnodeclient.runtime;

import com.google.gson.Gson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * Sends API requests over Apache HttpClient 5: a pooled classic client for blocking calls and,
 * started on first use, a pooled async client for {@code CompletableFuture} calls. Automatic
 * retries and redirects are off: a redirect would carry the bearer token to another host.
 */
final class Transport implements AutoCloseable {
  private static final String USER_AGENT = "bisnode-client/0.1.0";

  private final BisnodeClient.Settings settings;
  private final CloseableHttpClient classic;
  private final RequestConfig requestConfig;
  private final Object asyncLock = new Object();

  /** Started on the first asynchronous call. */
  private volatile @Nullable CloseableHttpAsyncClient async;

  private volatile boolean closed;

  Transport(BisnodeClient.Settings settings) {
    this.settings = settings;
    Timeout connect = Timeout.of(settings.connectTimeout);
    Timeout response = Timeout.of(settings.responseTimeout);
    this.requestConfig =
        RequestConfig.custom()
            .setConnectionRequestTimeout(connect)
            .setResponseTimeout(response)
            .setRedirectsEnabled(false)
            .build();
    this.classic =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(settings.maxConnections)
                    .setMaxConnPerRoute(settings.maxConnections)
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(connect)
                            .setSocketTimeout(response)
                            .build())
                    .build())
            .setDefaultRequestConfig(requestConfig)
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .setUserAgent(USER_AGENT)
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
        Timeout connect = Timeout.of(settings.connectTimeout);
        CloseableHttpAsyncClient created =
            HttpAsyncClients.custom()
                .setConnectionManager(
                    PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(settings.maxConnections)
                        .setMaxConnPerRoute(settings.maxConnections)
                        .setDefaultConnectionConfig(
                            ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(Timeout.of(settings.responseTimeout))
                                .build())
                        .build())
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                .setDefaultRequestConfig(requestConfig)
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
    Endpoint<T> endpoint = request.endpoint();
    URI uri = URI.create(request.uri());
    byte[] body = request.hasBody() ? encodeBody(request, gson) : null;
    AccessToken token = request.target().tokenCache().token();

    HttpUriRequestBase http = new HttpUriRequestBase(endpoint.verb(), uri);
    http.addHeader("Authorization", "Bearer " + token.value());
    if (!endpoint.hasAcceptHeader()) {
      http.addHeader("Accept", "application/json");
    }
    for (String[] header : endpoint.headers()) {
      http.addHeader(header[0], header[1]);
    }
    for (String[] header : request.headers()) {
      http.addHeader(header[0], header[1]);
    }
    if (body != null) {
      http.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
    }

    ClassicHttpResponse response;
    try {
      response = classic.executeOpen(null, http, null);
    } catch (IOException e) {
      throw sendFailure(endpoint, e);
    }
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
      byte[] bytes = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
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

  <T extends @Nullable Object> CompletableFuture<T> executeAsync(
      BisnodeRequest<T> request, Gson gson) {
    Endpoint<T> endpoint = request.endpoint();
    String uri;
    byte[] body;
    CloseableHttpAsyncClient client;
    try {
      uri = request.uri();
      body = request.hasBody() ? encodeBody(request, gson) : null;
      client = async();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return request
        .target()
        .tokenCache()
        .tokenAsync()
        .thenCompose(token -> sendAsync(client, request, uri, body, token))
        .thenApply(
            response ->
                Responses.read(
                    endpoint,
                    response.getCode(),
                    response.getHeaders(),
                    response.getBodyBytes() == null ? new byte[0] : response.getBodyBytes(),
                    response.getContentType(),
                    gson));
  }

  private static CompletableFuture<SimpleHttpResponse> sendAsync(
      CloseableHttpAsyncClient client,
      BisnodeRequest<?> request,
      String uri,
      byte @Nullable [] body,
      AccessToken token) {
    Endpoint<?> endpoint = request.endpoint();
    SimpleHttpRequest http = new SimpleHttpRequest(endpoint.verb(), URI.create(uri));
    http.addHeader("Authorization", "Bearer " + token.value());
    if (!endpoint.hasAcceptHeader()) {
      http.addHeader("Accept", "application/json");
    }
    for (String[] header : endpoint.headers()) {
      http.addHeader(header[0], header[1]);
    }
    for (String[] header : request.headers()) {
      http.addHeader(header[0], header[1]);
    }
    if (body != null) {
      http.setBody(body, ContentType.APPLICATION_JSON);
    }
    CompletableFuture<SimpleHttpResponse> result = new CompletableFuture<>();
    // The callback settles `result`; HttpClient's own Future reports the same outcome again.
    var unused =
        client.execute(
            http,
            new FutureCallback<>() {
              @Override
              public void completed(SimpleHttpResponse response) {
                result.complete(response);
              }

              @Override
              public void failed(Exception e) {
                result.completeExceptionally(sendFailure(endpoint, e));
              }

              @Override
              public void cancelled() {
                result.cancel(false);
              }
            });
    return result;
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
