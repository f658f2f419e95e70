package io.github.bisnodeclient.runtime.internal;

import com.google.gson.Gson;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.CallContext;
import io.github.bisnodeclient.runtime.TokenCache;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One Bisnode API interface bound to a client: its base URL (the interface's own, or the client's
 * override), the token cache for its scope, the client's transport and Gson. A generated class
 * obtains it once, in its constructor, from {@link #of}; each call flows from here to the transport
 * and back as a value, never back into the client.
 */
public final class ApiTarget {
  private final Class<?> api;
  private final String apiName;
  private final String baseUrl;
  private final TokenCache tokens;
  private final Transport transport;
  private final Gson gson;

  /**
   * A binding; {@link BisnodeClient} makes them.
   *
   * @param api the annotated interface
   * @param baseUrl the checked base URL, without a trailing {@code /}
   * @param tokens the token cache of the interface's scope
   * @param transport the client's transport
   * @param gson the client's Gson
   */
  public ApiTarget(
      Class<?> api, String baseUrl, TokenCache tokens, Transport transport, Gson gson) {
    this.api = api;
    this.apiName = api.getSimpleName();
    this.baseUrl = baseUrl;
    this.tokens = tokens;
    this.transport = transport;
    this.gson = gson;
  }

  /**
   * Binds an API interface to a client: what a generated constructor calls.
   *
   * @param client the client
   * @param api the annotated interface
   * @param baseUrl the base URL from its {@code @BisnodeApi}, used unless the client overrides it
   * @param scope the OAuth2 scope from its {@code @BisnodeApi}
   * @return the binding the generated methods call through
   */
  public static ApiTarget of(BisnodeClient client, Class<?> api, String baseUrl, String scope) {
    return ClientAccess.target(client, api, baseUrl, scope, null);
  }

  /**
   * Binds an API interface to a client, with the type adapters bisnode-processor wrote for the
   * records it reads and writes: what the constructor of such an interface's class calls.
   *
   * @param client the client
   * @param api the annotated interface
   * @param baseUrl the base URL from its {@code @BisnodeApi}, used unless the client overrides it
   * @param scope the OAuth2 scope from its {@code @BisnodeApi}
   * @param records how to construct and read each record the interface reads and writes
   * @return the binding the generated methods call through
   */
  public static ApiTarget of(
      BisnodeClient client,
      Class<?> api,
      String baseUrl,
      String scope,
      RecordAccess<?>... records) {
    return ClientAccess.target(client, api, baseUrl, scope, new RecordAdapters(records));
  }

  /**
   * Starts a call of {@code endpoint}.
   *
   * @param endpoint the method being called
   * @param <T> what the call returns
   * @return a request to fill and execute
   */
  public <T extends @Nullable Object> BisnodeRequest<T> request(Endpoint<T> endpoint) {
    return new BisnodeRequest<>(this, endpoint);
  }

  /**
   * The base URL calls go to.
   *
   * @return the base URL, without a trailing {@code /}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The Gson this API's calls read and write bodies with: the client's, with the adapters of the
   * records the interface reads and writes and of Bisnode's error model.
   *
   * @return the Gson
   */
  public Gson gson() {
    return gson;
  }

  /**
   * The token cache of this API's scope, shared with every API of the same scope on the client.
   *
   * @return the token cache
   */
  public TokenCache tokenCache() {
    return tokens;
  }

  <T extends @Nullable Object> T execute(BisnodeRequest<T> request) {
    return transport.execute(call(request));
  }

  <T extends @Nullable Object> CompletableFuture<T> executeAsync(BisnodeRequest<T> request) {
    Call<T> call;
    try {
      call = call(request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return transport.executeAsync(call);
  }

  /** The request as the transport sends it; a request that cannot be sent is refused here. */
  private <T extends @Nullable Object> Call<T> call(BisnodeRequest<T> request) {
    long start = System.nanoTime();
    CallContext context = transport.start(apiName, request.endpoint(), tokens.scope());
    try {
      byte[] body =
          request.hasBody() ? gson.toJson(request.body()).getBytes(StandardCharsets.UTF_8) : null;
      URI uri = URI.create(request.uri(baseUrl));
      return new Call<>(
          request.endpoint(), uri, body, request.headers(), tokens, gson, start, context);
    } catch (RuntimeException e) {
      transport.refused(context, start, e);
      throw e;
    }
  }

  @Override
  public String toString() {
    return "ApiTarget[" + api.getName() + " -> " + baseUrl + ", scope=" + tokens.scope() + "]";
  }
}
