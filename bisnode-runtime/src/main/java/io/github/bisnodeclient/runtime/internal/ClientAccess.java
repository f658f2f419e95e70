package io.github.bisnodeclient.runtime.internal;

import io.github.bisnodeclient.runtime.AccessToken;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeListener;
import io.github.bisnodeclient.runtime.CallContext;
import io.github.bisnodeclient.runtime.TokenCache;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The one way from generated code into a {@link BisnodeClient}: the client installs it when its
 * class is initialised, so that binding an interface needs nothing public on the client beyond what
 * applications call.
 */
public abstract class ClientAccess {
  private static volatile @Nullable ClientAccess installed;

  /** For {@link BisnodeClient} alone. */
  protected ClientAccess() {}

  /**
   * Installs the client's access; only the first call counts.
   *
   * @param access the access
   * @throws IllegalStateException if an access is installed already
   */
  public static synchronized void install(ClientAccess access) {
    if (installed != null) {
      throw new IllegalStateException("client access is installed already");
    }
    installed = access;
  }

  static ApiTarget target(
      BisnodeClient client,
      Class<?> api,
      String baseUrl,
      String scope,
      @Nullable RecordAdapters adapters) {
    return access().bind(client, api, baseUrl, scope, adapters);
  }

  private static ClientAccess access() {
    ClientAccess access = installed;
    if (access == null) {
      // Unreachable: a BisnodeClient exists, so its class initialiser has run.
      throw new IllegalStateException("BisnodeClient is not initialised");
    }
    return access;
  }

  static CallContext startCall(
      BisnodeListener listener, String api, Endpoint<?> endpoint, String scope) {
    return access()
        .startCall(
            listener, api, endpoint.method(), endpoint.verb(), endpoint.path().template(), scope);
  }

  static void attempted(CallContext call, int count) {
    access().attempt(call, count);
  }

  static List<String[]> headers(CallContext call) {
    return access().listenerHeaders(call);
  }

  static AccessToken token(TokenCache tokens, CallContext call) {
    return access().tokenFor(tokens, call);
  }

  static CompletableFuture<AccessToken> tokenAsync(TokenCache tokens, CallContext call) {
    return access().tokenAsyncFor(tokens, call);
  }

  /**
   * Binds an API interface to a client.
   *
   * @param client the client
   * @param api the annotated interface
   * @param baseUrl the base URL from its {@code @BisnodeApi}
   * @param scope the OAuth2 scope from its {@code @BisnodeApi}
   * @param adapters the generated adapters of the records it reads and writes, or null for none
   * @return the binding
   */
  protected abstract ApiTarget bind(
      BisnodeClient client,
      Class<?> api,
      String baseUrl,
      String scope,
      @Nullable RecordAdapters adapters);

  /**
   * Creates a call's context and tells the listener the call starts.
   *
   * @param listener the client's listener
   * @param api the interface's simple name
   * @param method the interface method, as {@code Interface.method}
   * @param verb the HTTP method
   * @param path the path template
   * @param scope the token's scope
   * @return the context
   */
  protected abstract CallContext startCall(
      BisnodeListener listener, String api, String method, String verb, String path, String scope);

  /**
   * Records that a call started its {@code count}-th request.
   *
   * @param call the call
   * @param count the attempts so far
   */
  protected abstract void attempt(CallContext call, int count);

  /**
   * The headers a listener added to a call.
   *
   * @param call the call
   * @return the headers, name and value
   */
  protected abstract List<String[]> listenerHeaders(CallContext call);

  /**
   * A token for a call, telling its listener when the call waits for a token request.
   *
   * @param tokens the cache
   * @param call the call
   * @return the token
   */
  protected abstract AccessToken tokenFor(TokenCache tokens, CallContext call);

  /**
   * A token for an asynchronous call, telling its listener when the call waits.
   *
   * @param tokens the cache
   * @param call the call
   * @return the future token
   */
  protected abstract CompletableFuture<AccessToken> tokenAsyncFor(
      TokenCache tokens, CallContext call);
}
