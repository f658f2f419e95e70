package io.github.bisnodeclient.runtime;

import org.jspecify.annotations.Nullable;

/**
 * One Bisnode API interface bound to a client: its base URL (the interface's own, or the client's
 * override) and the token cache for its scope. A generated class obtains it once, in its
 * constructor, from {@link BisnodeClient#target(Class, String, String)}.
 *
 * <p>This type exists for generated code; applications do not need it.
 */
public final class ApiTarget {
  private final BisnodeClient client;
  private final Class<?> api;
  private final String baseUrl;
  private final TokenCache tokens;

  ApiTarget(BisnodeClient client, Class<?> api, String baseUrl, TokenCache tokens) {
    this.client = client;
    this.api = api;
    this.baseUrl = baseUrl;
    this.tokens = tokens;
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
   * The token cache of this API's scope, shared with every API of the same scope on the client.
   *
   * @return the token cache
   */
  public TokenCache tokenCache() {
    return tokens;
  }

  BisnodeClient client() {
    return client;
  }

  @Override
  public String toString() {
    return "ApiTarget[" + api.getName() + " -> " + baseUrl + ", scope=" + tokens.scope() + "]";
  }
}
