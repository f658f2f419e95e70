package io.github.bisnodeclient.spring.boot;

import io.github.bisnodeclient.runtime.ClientAuthentication;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code bisnode.*} properties: the client's credentials and every setting of {@link
 * io.github.bisnodeclient.runtime.BisnodeClient.Builder} a service sets. An unset property keeps
 * the builder's default. Relaxed binding applies: {@code BISNODE_CLIENT_ID} and {@code
 * BISNODE_CLIENT_SECRET} in the environment set {@code bisnode.client-id} and {@code
 * bisnode.client-secret}.
 */
@ConfigurationProperties(prefix = "bisnode")
public class BisnodeProperties {
  /**
   * Whether the Bisnode client and its API beans are configured; {@code false} turns the starter
   * off, credentials are then not needed.
   */
  private boolean enabled = true;

  /** The OAuth2 client id Bisnode issued (environment: {@code BISNODE_CLIENT_ID}). */
  private @Nullable String clientId;

  /** The OAuth2 client secret Bisnode issued (environment: {@code BISNODE_CLIENT_SECRET}). */
  private @Nullable String clientSecret;

  /** The token endpoint; Bisnode's production endpoint unless set. */
  private @Nullable String tokenUrl;

  /**
   * One base URL for every interface instead of the one in its {@code @BisnodeApi}, such as a local
   * sandbox that serves one API at its root.
   */
  private @Nullable String baseUrl;

  /**
   * Scheme, host and port for every interface, keeping the path of each {@code @BisnodeApi} base
   * URL: for a server that serves every API at Bisnode's paths, such as Bisnode's sandbox host or
   * the embedded sandbox.
   */
  private @Nullable String apiHost;

  /**
   * Settings of single interfaces, keyed by the interface's simple name ({@code
   * bisnode.apis.CompanyApi.base-url}, or {@code company-api}: case and dashes are ignored) or its
   * qualified name in brackets ({@code bisnode.apis[com.example.CompanyApi].base-url}). A key that
   * names no interface of the application fails the start-up.
   */
  private final Map<String, Api> apis = new LinkedHashMap<>();

  /** How long before its expiry a token falls due; 60 s unless set, as Bisnode recommends. */
  private @Nullable Duration refreshMargin;

  /** How long to wait for a connection, and for a free pooled one; 10 s unless set. */
  private @Nullable Duration connectTimeout;

  /**
   * The deadline of each attempt of a call, from sending to the last byte of a buffered response;
   * 30 s unless set. A method's {@code @Timeout} overrides it.
   */
  private @Nullable Duration responseTimeout;

  /**
   * The lifetime assumed for a token whose response has no {@code expires_in}; 5 min unless set.
   */
  private @Nullable Duration defaultTokenLifetime;

  /** The most connections open at once, over all hosts; 64 unless set. */
  private @Nullable Integer maxConnections;

  /** The largest decoded body a buffered response may have, such as {@code 32MB} (the default). */
  private @Nullable DataSize maxResponseSize;

  /** How many times an idempotent call is sent at most, the first time included; 3 unless set. */
  private @Nullable Integer maxAttempts;

  /** The longest {@code Retry-After} a retry waits for; 30 s unless set. */
  private @Nullable Duration retryAfterCap;

  /** The first retry's longest wait when the server names none; 200 ms unless set. */
  private @Nullable Duration retryBackoff;

  /** The longest wait of any retry when the server names none; 30 s unless set. */
  private @Nullable Duration retryBackoffCap;

  /** Whether tokens are renewed in the background before they fall due; true unless set. */
  private @Nullable Boolean proactiveRefresh;

  /** Whether a timer renews each token before it falls due even without calls; false unless set. */
  private @Nullable Boolean scheduledRefresh;

  /** How the client id and secret reach the token endpoint; {@code basic} unless set. */
  private @Nullable ClientAuthentication clientAuthentication;

  /**
   * An HTTP proxy for every request, such as {@code http://proxy.example.com:3128}; direct unless
   * set.
   */
  private @Nullable String proxy;

  /** Creates the properties with every value unset; Spring binds them. */
  public BisnodeProperties() {}

  /**
   * Whether the Bisnode client and its API beans are configured; {@code false} turns the starter
   * off, credentials are then not needed.
   *
   * @return whether the starter is on; true unless set
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Turns the starter on or off.
   *
   * @param enabled false to configure nothing
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The OAuth2 client id Bisnode issued (environment: {@code BISNODE_CLIENT_ID}).
   *
   * @return the client id, or null if unset
   */
  public @Nullable String getClientId() {
    return clientId;
  }

  /**
   * Sets the client id.
   *
   * @param clientId the client id
   */
  public void setClientId(@Nullable String clientId) {
    this.clientId = clientId;
  }

  /**
   * The OAuth2 client secret Bisnode issued (environment: {@code BISNODE_CLIENT_SECRET}).
   *
   * @return the secret, or null if unset
   */
  public @Nullable String getClientSecret() {
    return clientSecret;
  }

  /**
   * Sets the client secret.
   *
   * @param clientSecret the secret
   */
  public void setClientSecret(@Nullable String clientSecret) {
    this.clientSecret = clientSecret;
  }

  /**
   * The token endpoint; Bisnode's production endpoint unless set.
   *
   * @return the token URL, or null if unset
   */
  public @Nullable String getTokenUrl() {
    return tokenUrl;
  }

  /**
   * Sets the token endpoint.
   *
   * @param tokenUrl an https URL, or http on a loopback address
   */
  public void setTokenUrl(@Nullable String tokenUrl) {
    this.tokenUrl = tokenUrl;
  }

  /**
   * One base URL for every interface instead of the one in its {@code @BisnodeApi}, such as a local
   * sandbox that serves one API at its root.
   *
   * @return the base URL, or null if unset
   */
  public @Nullable String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the base URL of every interface.
   *
   * @param baseUrl an https URL, or http on a loopback address
   */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * Scheme, host and port for every interface, keeping the path of each {@code @BisnodeApi} base
   * URL: for a server that serves every API at Bisnode's paths, such as Bisnode's sandbox host or
   * the embedded sandbox.
   *
   * @return the host URL, or null if unset
   */
  public @Nullable String getApiHost() {
    return apiHost;
  }

  /**
   * Sets the API host.
   *
   * @param apiHost {@code https://host[:port]}, or http on a loopback address; no path
   */
  public void setApiHost(@Nullable String apiHost) {
    this.apiHost = apiHost;
  }

  /**
   * Settings of single interfaces, keyed by the interface's simple name ({@code
   * bisnode.apis.CompanyApi.base-url}, or {@code company-api}: case and dashes are ignored) or its
   * qualified name in brackets ({@code bisnode.apis[com.example.CompanyApi].base-url}). A key that
   * names no interface of the application fails the start-up.
   *
   * @return the settings per interface
   */
  public Map<String, Api> getApis() {
    return apis;
  }

  /**
   * How long before its expiry a token falls due; 60 s unless set, as Bisnode recommends.
   *
   * @return the margin, or null if unset
   */
  public @Nullable Duration getRefreshMargin() {
    return refreshMargin;
  }

  /**
   * Sets the refresh margin.
   *
   * @param refreshMargin the margin, zero or more
   */
  public void setRefreshMargin(@Nullable Duration refreshMargin) {
    this.refreshMargin = refreshMargin;
  }

  /**
   * How long to wait for a connection, and for a free pooled one; 10 s unless set.
   *
   * @return the timeout, or null if unset
   */
  public @Nullable Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout the timeout
   */
  public void setConnectTimeout(@Nullable Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * The deadline of each attempt of a call, from sending to the last byte of a buffered response;
   * 30 s unless set. A method's {@code @Timeout} overrides it.
   *
   * @return the timeout, or null if unset
   */
  public @Nullable Duration getResponseTimeout() {
    return responseTimeout;
  }

  /**
   * Sets the response timeout.
   *
   * @param responseTimeout the timeout
   */
  public void setResponseTimeout(@Nullable Duration responseTimeout) {
    this.responseTimeout = responseTimeout;
  }

  /**
   * The lifetime assumed for a token whose response has no {@code expires_in}; 5 min unless set.
   *
   * @return the lifetime, or null if unset
   */
  public @Nullable Duration getDefaultTokenLifetime() {
    return defaultTokenLifetime;
  }

  /**
   * Sets the default token lifetime.
   *
   * @param defaultTokenLifetime the lifetime
   */
  public void setDefaultTokenLifetime(@Nullable Duration defaultTokenLifetime) {
    this.defaultTokenLifetime = defaultTokenLifetime;
  }

  /**
   * The most connections open at once, over all hosts; 64 unless set.
   *
   * @return the maximum, or null if unset
   */
  public @Nullable Integer getMaxConnections() {
    return maxConnections;
  }

  /**
   * Sets the connection limit.
   *
   * @param maxConnections the maximum, one or more
   */
  public void setMaxConnections(@Nullable Integer maxConnections) {
    this.maxConnections = maxConnections;
  }

  /**
   * The largest decoded body a buffered response may have, such as {@code 32MB} (the default).
   *
   * @return the cap, or null if unset
   */
  public @Nullable DataSize getMaxResponseSize() {
    return maxResponseSize;
  }

  /**
   * Sets the response size cap.
   *
   * @param maxResponseSize the cap
   */
  public void setMaxResponseSize(@Nullable DataSize maxResponseSize) {
    this.maxResponseSize = maxResponseSize;
  }

  /**
   * How many times an idempotent call is sent at most, the first time included; 3 unless set.
   *
   * @return the attempts, or null if unset
   */
  public @Nullable Integer getMaxAttempts() {
    return maxAttempts;
  }

  /**
   * Sets the attempts.
   *
   * @param maxAttempts one or more
   */
  public void setMaxAttempts(@Nullable Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /**
   * The longest {@code Retry-After} a retry waits for; 30 s unless set.
   *
   * @return the cap, or null if unset
   */
  public @Nullable Duration getRetryAfterCap() {
    return retryAfterCap;
  }

  /**
   * Sets the Retry-After cap.
   *
   * @param retryAfterCap the cap
   */
  public void setRetryAfterCap(@Nullable Duration retryAfterCap) {
    this.retryAfterCap = retryAfterCap;
  }

  /**
   * The first retry's longest wait when the server names none; 200 ms unless set.
   *
   * @return the base, or null if unset
   */
  public @Nullable Duration getRetryBackoff() {
    return retryBackoff;
  }

  /**
   * Sets the backoff base.
   *
   * @param retryBackoff the base
   */
  public void setRetryBackoff(@Nullable Duration retryBackoff) {
    this.retryBackoff = retryBackoff;
  }

  /**
   * The longest wait of any retry when the server names none; 30 s unless set.
   *
   * @return the cap, or null if unset
   */
  public @Nullable Duration getRetryBackoffCap() {
    return retryBackoffCap;
  }

  /**
   * Sets the backoff cap.
   *
   * @param retryBackoffCap the cap
   */
  public void setRetryBackoffCap(@Nullable Duration retryBackoffCap) {
    this.retryBackoffCap = retryBackoffCap;
  }

  /**
   * Whether tokens are renewed in the background before they fall due; true unless set.
   *
   * @return the setting, or null if unset
   */
  public @Nullable Boolean getProactiveRefresh() {
    return proactiveRefresh;
  }

  /**
   * Sets proactive renewal.
   *
   * @param proactiveRefresh false to renew only when a caller finds the token due
   */
  public void setProactiveRefresh(@Nullable Boolean proactiveRefresh) {
    this.proactiveRefresh = proactiveRefresh;
  }

  /**
   * Whether a timer renews each token before it falls due even without calls; false unless set.
   *
   * @return the setting, or null if unset
   */
  public @Nullable Boolean getScheduledRefresh() {
    return scheduledRefresh;
  }

  /**
   * Sets scheduled renewal.
   *
   * @param scheduledRefresh true to keep tokens fresh on a timer
   */
  public void setScheduledRefresh(@Nullable Boolean scheduledRefresh) {
    this.scheduledRefresh = scheduledRefresh;
  }

  /**
   * How the client id and secret reach the token endpoint; {@code basic} unless set.
   *
   * @return the method, or null if unset
   */
  public @Nullable ClientAuthentication getClientAuthentication() {
    return clientAuthentication;
  }

  /**
   * Sets the client authentication.
   *
   * @param clientAuthentication the method
   */
  public void setClientAuthentication(@Nullable ClientAuthentication clientAuthentication) {
    this.clientAuthentication = clientAuthentication;
  }

  /**
   * An HTTP proxy for every request, such as {@code http://proxy.example.com:3128}; direct unless
   * set.
   *
   * @return the proxy URL, or null if unset
   */
  public @Nullable String getProxy() {
    return proxy;
  }

  /**
   * Sets the proxy.
   *
   * @param proxy the proxy URL
   */
  public void setProxy(@Nullable String proxy) {
    this.proxy = proxy;
  }

  @Override
  public String toString() {
    return "BisnodeProperties[clientId="
        + clientId
        + ", clientSecret="
        + (clientSecret == null ? "null" : "<redacted>")
        + ", tokenUrl="
        + tokenUrl
        + "]";
  }

  /** The settings of one interface. */
  public static class Api {
    /**
     * One base URL for every interface instead of the one in its {@code @BisnodeApi}, such as a
     * local sandbox that serves one API at its root.
     */
    private @Nullable String baseUrl;

    /** Creates the settings with nothing set; Spring binds them. */
    public Api() {}

    /**
     * This interface's base URL instead of the one in its {@code @BisnodeApi}; wins over {@code
     * bisnode.base-url} and {@code bisnode.api-host}.
     *
     * @return the base URL, or null if unset
     */
    public @Nullable String getBaseUrl() {
      return baseUrl;
    }

    /**
     * Sets the interface's base URL.
     *
     * @param baseUrl an https URL, or http on a loopback address
     */
    public void setBaseUrl(@Nullable String baseUrl) {
      this.baseUrl = baseUrl;
    }
  }
}
