package io.github.bisnodeclient.runtime;

import com.google.gson.Gson;
import io.github.bisnodeclient.runtime.internal.ApiTarget;
import io.github.bisnodeclient.runtime.internal.Backoff;
import io.github.bisnodeclient.runtime.internal.ClientAccess;
import io.github.bisnodeclient.runtime.internal.Connections;
import io.github.bisnodeclient.runtime.internal.Events;
import io.github.bisnodeclient.runtime.internal.GeneratedNames;
import io.github.bisnodeclient.runtime.internal.Interrupts;
import io.github.bisnodeclient.runtime.internal.RecordAdapters;
import io.github.bisnodeclient.runtime.internal.Scheduler;
import io.github.bisnodeclient.runtime.internal.Transport;
import io.github.bisnodeclient.runtime.internal.Urls;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: holds the credentials, the HTTP connections and one {@link TokenCache} per
 * scope, and creates the generated implementations of {@code @BisnodeApi} interfaces.
 *
 * <pre>{@code
 * try (BisnodeClient bisnode = BisnodeClient.builder()
 *     .credentials(System.getenv("BISNODE_CLIENT_ID"), System.getenv("BISNODE_CLIENT_SECRET"))
 *     .build()) {
 *   PersonSearchApi persons = bisnode.create(PersonSearchApi.class);
 *   PersonSearchResult hits = persons.search("Sven", "Svensson", "SE");
 * }
 * }</pre>
 *
 * <p>A client is thread-safe and meant to be shared: create one per set of credentials and close it
 * when the application stops.
 */
public final class BisnodeClient implements AutoCloseable {
  /** Bisnode's production token endpoint. */
  public static final String DEFAULT_TOKEN_URL = "https://login.bisnode.com/as/token.oauth2";

  static {
    ClientAccess.install(
        new ClientAccess() {
          @Override
          protected ApiTarget bind(
              BisnodeClient client,
              Class<?> api,
              String baseUrl,
              String scope,
              @Nullable RecordAdapters adapters) {
            return client.bind(api, baseUrl, scope, adapters);
          }

          @Override
          protected CallContext startCall(
              BisnodeListener listener,
              String api,
              String method,
              String verb,
              String path,
              String scope) {
            CallContext call = new CallContext(listener, api, method, verb, path, scope);
            call.started();
            return call;
          }

          @Override
          protected void attempt(CallContext call, int count) {
            call.attempted(count);
          }

          @Override
          protected List<String[]> listenerHeaders(CallContext call) {
            return call.headers();
          }

          @Override
          protected AccessToken tokenFor(TokenCache tokens, CallContext call) {
            return tokens.token(call);
          }

          @Override
          protected CompletableFuture<AccessToken> tokenAsyncFor(
              TokenCache tokens, CallContext call) {
            return tokens.tokenAsync(call);
          }
        });
  }

  private final String clientId;
  private final String tokenUrl;
  private final @Nullable String baseUrl;
  private final Map<Class<?>, String> baseUrls;
  private final @Nullable String apiHost;
  private final Duration refreshMargin;
  private final Ticker ticker;

  /** The application's Gson, or null for the default (see {@link IsoDates}). */
  private final @Nullable Gson applicationsGson;

  /** The Gson of the interfaces without generated adapters, made for the first of them. */
  private volatile @Nullable Gson plainGson;

  private final Connections connections;
  private final Scheduler scheduler = new Scheduler();
  private final Transport transport;
  private final TokenPolicy tokenPolicy;
  private final TokenEndpoint tokenEndpoint;
  private final ConcurrentMap<String, TokenCache> caches = new ConcurrentHashMap<>();
  private final ConcurrentMap<Class<?>, Object> created = new ConcurrentHashMap<>();

  private BisnodeClient(Builder builder, String clientId, String clientSecret) {
    this.clientId = clientId;
    this.tokenUrl = builder.tokenUrl;
    this.baseUrl = builder.baseUrl;
    this.baseUrls = Map.copyOf(builder.baseUrls);
    this.apiHost = builder.apiHost;
    this.refreshMargin = builder.refreshMargin;
    this.ticker = builder.ticker;
    this.applicationsGson = builder.gson;
    Backoff backoff = new Backoff(builder.backoffBase, builder.backoffCap, builder.random);
    Events events = new Events(builder.listener);
    Interrupts interrupts = new Interrupts(scheduler);
    this.connections =
        new Connections(
            builder.connectTimeout,
            builder.responseTimeout,
            builder.maxConnections,
            builder.proxy,
            builder.maxResponseBytes);
    this.transport =
        new Transport(
            connections,
            builder.maxAttempts,
            builder.retryAfterCap,
            backoff,
            events,
            builder.responseTimeout,
            builder.maxResponseBytes,
            scheduler,
            interrupts);
    this.tokenPolicy =
        new TokenPolicy(
            builder.proactiveRefresh, builder.scheduledRefresh, backoff, builder.random);
    this.tokenEndpoint =
        new TokenEndpoint(
            tokenUrl,
            clientId,
            clientSecret,
            builder.clientAuthentication,
            connections,
            ticker,
            builder.defaultTokenLifetime,
            events,
            builder.responseTimeout,
            scheduler,
            interrupts);
  }

  /**
   * Starts configuring a client.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The implementation of a {@code @BisnodeApi} interface, written by the annotation processor as
   * {@code Bisnode<Name>} in the interface's package. Repeated calls return the same instance.
   *
   * @param api the annotated interface
   * @param <T> the interface type
   * @return the generated implementation, bound to this client
   * @throws IllegalArgumentException if {@code api} is not an interface, or no generated class
   *     exists for it (the annotation processor did not run, for instance because it is on the
   *     class path instead of the processor path and javac is JDK 23 or newer, which then needs
   *     {@code -proc:full}; or the interface lacks {@code @BisnodeApi})
   */
  public <T> T create(Class<T> api) {
    if (!api.isInterface()) {
      throw new IllegalArgumentException(api.getName() + " is not an interface");
    }
    return api.cast(created.computeIfAbsent(api, this::instantiate));
  }

  private Object instantiate(Class<?> api) {
    String name = GeneratedNames.of(api);
    Class<?> generated;
    try {
      generated = Class.forName(name, true, api.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(
          "No generated client "
              + name
              + " for "
              + api.getName()
              + ": annotate the interface with @BisnodeApi and run bisnode-processor as an"
              + " annotation processor. Likely causes: bisnode-processor is not on javac's"
              + " annotation processor path (maven-compiler-plugin's annotationProcessorPaths);"
              + " or it is only on the class path and javac is JDK 23 or newer, which runs"
              + " processors found on the class path only with -proc:full",
          e);
    }
    try {
      Constructor<?> constructor = generated.getConstructor(BisnodeClient.class);
      return constructor.newInstance(this);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Cannot create " + name, cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + name, e);
    }
  }

  /** The binding a generated constructor asks for, through {@link ApiTarget#of}. */
  private ApiTarget bind(
      Class<?> api, String declaredBaseUrl, String scope, @Nullable RecordAdapters adapters) {
    String url = baseUrls.getOrDefault(api, baseUrl);
    String host = apiHost;
    String chosen =
        Urls.checkBaseUrl(
            url != null
                ? url
                : host != null ? Urls.withHost(declaredBaseUrl, host) : declaredBaseUrl);
    return new ApiTarget(api, chosen, tokenCache(scope), transport, gsonFor(adapters));
  }

  /**
   * The Gson of an interface's calls: the client's, with the interface's generated adapters when it
   * has some. The default Gson is then built once with them, not built and copied.
   */
  private Gson gsonFor(@Nullable RecordAdapters adapters) {
    if (adapters != null) {
      return withAdapters(adapters);
    }
    Gson gson = plainGson;
    if (gson == null) {
      gson = withAdapters(RecordAdapters.errorModel());
      plainGson = gson; // two threads racing here make one each; either serves
    }
    return gson;
  }

  private Gson withAdapters(RecordAdapters adapters) {
    Gson applications = applicationsGson;
    return applications != null ? adapters.on(applications) : adapters.build(IsoDates.builder());
  }

  /**
   * The token cache for a scope; APIs with the same scope share it. Scopes are compared as sets:
   * {@code "a b"} and {@code "b a"} share a cache.
   *
   * @param scope one scope, or several separated by spaces
   * @return the cache
   */
  public TokenCache tokenCache(String scope) {
    String key = normalizeScope(scope);
    return caches.computeIfAbsent(
        key, k -> new TokenCache(tokenEndpoint, k, refreshMargin, ticker, tokenPolicy));
  }

  /**
   * The token caches this client has so far, one per scope: those of the APIs {@linkplain
   * #create(Class) created} and of each {@link #tokenCache(String)} asked for. For health checks
   * and gauges that look at every scope in use.
   *
   * @return the caches, in no particular order; a copy
   */
  public List<TokenCache> tokenCaches() {
    return List.copyOf(caches.values());
  }

  static String normalizeScope(String scope) {
    List<String> parts = new ArrayList<>(2);
    int start = -1;
    for (int i = 0; i <= scope.length(); i++) {
      boolean space = i == scope.length() || Character.isWhitespace(scope.charAt(i));
      if (space && start >= 0) {
        parts.add(scope.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("scope must not be empty");
    }
    parts.sort(null);
    return String.join(" ", parts);
  }

  /**
   * Stops background token refreshes and releases every pooled connection. Calls made after closing
   * fail.
   */
  @Override
  public void close() {
    caches.values().forEach(TokenCache::close);
    tokenPolicy.close();
    // Asynchronous token requests and calls in flight end here, before their connections close:
    // an exchange the closing cuts off may never report back.
    tokenEndpoint.close();
    transport.close();
    scheduler.close();
    connections.close();
  }

  @Override
  public String toString() {
    return "BisnodeClient[clientId="
        + clientId
        + ", tokenUrl="
        + tokenUrl
        + ", clientSecret=<redacted>]";
  }

  /**
   * Configures a {@link BisnodeClient}. Only the credentials are required; they default to the
   * environment variables {@code BISNODE_CLIENT_ID} and {@code BISNODE_CLIENT_SECRET}.
   */
  public static final class Builder {
    private @Nullable String clientId = System.getenv("BISNODE_CLIENT_ID");
    private @Nullable String clientSecret = System.getenv("BISNODE_CLIENT_SECRET");
    private String tokenUrl = DEFAULT_TOKEN_URL;
    private @Nullable String baseUrl;
    private final Map<Class<?>, String> baseUrls = new HashMap<>();
    private @Nullable String apiHost;
    private Duration refreshMargin = Duration.ofSeconds(60);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration responseTimeout = Duration.ofSeconds(30);
    private Duration defaultTokenLifetime = Duration.ofMinutes(5);
    private int maxConnections = 64;
    private long maxResponseBytes = 32L * 1024 * 1024;
    private int maxAttempts = 3;
    private Duration retryAfterCap = Duration.ofSeconds(30);
    private Duration backoffBase = Duration.ofMillis(200);
    private Duration backoffCap = Duration.ofSeconds(30);
    private boolean proactiveRefresh = true;
    private boolean scheduledRefresh;
    private ClientAuthentication clientAuthentication = ClientAuthentication.BASIC;
    private @Nullable BisnodeListener listener;
    private @Nullable String proxy;
    private @Nullable Gson gson;
    private Ticker ticker = Ticker.SYSTEM;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /**
     * The OAuth2 client id and secret Bisnode issued.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder credentials(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The token endpoint, {@value BisnodeClient#DEFAULT_TOKEN_URL} unless set. Bisnode's own
     * sandbox uses {@code https://login.bisnode.com/sandbox/v1/token.oauth2}.
     *
     * @param tokenUrl an {@code https} URL, or {@code http} on a loopback address
     * @return this builder
     */
    public Builder tokenUrl(String tokenUrl) {
      this.tokenUrl = Urls.checkAbsolute(tokenUrl, "token URL");
      return this;
    }

    /**
     * Sends every API's calls to this base URL instead of the one in its {@code @BisnodeApi}, for
     * instance a local sandbox.
     *
     * @param baseUrl an {@code https} URL, or {@code http} on a loopback address
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Urls.checkBaseUrl(baseUrl);
      return this;
    }

    /**
     * Sends one API's calls to this base URL instead of the one in its {@code @BisnodeApi}; takes
     * precedence over {@link #baseUrl(String)}.
     *
     * @param api the annotated interface
     * @param baseUrl an {@code https} URL, or {@code http} on a loopback address
     * @return this builder
     */
    public Builder baseUrl(Class<?> api, String baseUrl) {
      this.baseUrls.put(Objects.requireNonNull(api, "api"), Urls.checkBaseUrl(baseUrl));
      return this;
    }

    /**
     * Sends every API's calls to this scheme, host and port, keeping the path of each interface's
     * {@code @BisnodeApi} base URL: with {@code http://127.0.0.1:8089}, {@code
     * https://api.bisnode.com/credit-data-companies/v2} becomes {@code
     * http://127.0.0.1:8089/credit-data-companies/v2}. For a server that serves each API at
     * Bisnode's paths, such as Bisnode's sandbox host or the embedded sandbox, where a wrong path
     * fails as it would in production. {@link #baseUrl(String)} and {@link #baseUrl(Class, String)}
     * take precedence.
     *
     * @param hostUrl {@code https://host[:port]}, or {@code http} on a loopback address; no path
     * @return this builder
     * @throws IllegalArgumentException if the URL has a path, or is not https off loopback
     */
    public Builder apiHost(String hostUrl) {
      this.apiHost = Urls.checkHost(hostUrl);
      return this;
    }

    /**
     * How long before its expiry a token falls due; 60 seconds unless set, as Bisnode recommends. A
     * due token is never sent: before a call, if there is no token or {@code now + margin >=
     * fetchedAt + expiresIn}, a new token is fetched first, unless renewing fails while the current
     * token has not expired (then it is used until it does).
     *
     * @param margin the margin, zero or more
     * @return this builder
     */
    public Builder refreshMargin(Duration margin) {
      this.refreshMargin = nonNegative(margin, "refreshMargin");
      return this;
    }

    /**
     * How long to wait for a connection to be set up (and for a free pooled connection); 10 seconds
     * unless set.
     *
     * @param timeout the timeout, more than zero
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * How long a call's attempt may take once its request is sent, up to the last byte of the
     * response; 30 seconds unless set. A server that sends its answer slowly, a few bytes at a
     * time, is cut off at this deadline too: the exchange is aborted, its connection closed, and
     * the call fails with a {@link BisnodeTimeoutException}. For a method that returns an {@code
     * InputStream}, the deadline ends when the response headers arrive, and each read of the stream
     * then waits at most this long. Each token request has the same deadline, from sending to the
     * last byte; one cut off by it fails as a {@link BisnodeAuthException} whose cause is a {@link
     * BisnodeTimeoutException}.
     *
     * @param timeout the timeout, more than zero
     * @return this builder
     */
    public Builder responseTimeout(Duration timeout) {
      this.responseTimeout = positive(timeout, "responseTimeout");
      return this;
    }

    /**
     * How long a token lives when the token endpoint does not say ({@code expires_in} missing); 5
     * minutes unless set.
     *
     * @param lifetime the assumed lifetime, more than zero
     * @return this builder
     */
    public Builder defaultTokenLifetime(Duration lifetime) {
      this.defaultTokenLifetime = positive(lifetime, "defaultTokenLifetime");
      return this;
    }

    /**
     * The most connections open at once, per host and in all; 64 unless set. Size it for the number
     * of calls the application makes at the same time.
     *
     * @param maxConnections at least 1
     * @return this builder
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1: " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * The most bytes a buffered response body may have, counted after decoding a compressed body;
     * 32 MiB unless set. A larger body fails its call with a {@link BisnodeException} naming the
     * limit, and is read no further. Error bodies are read only up to 64 KiB. Does not apply to a
     * method that returns an {@code InputStream}.
     *
     * @param bytes at least 1
     * @return this builder
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1: " + bytes);
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * The Gson that encodes request bodies and decodes responses, for custom type adapters. The
     * default one reads and writes {@code LocalDate}, {@code LocalDateTime}, {@code OffsetDateTime}
     * and {@code Instant} as ISO-8601 text.
     *
     * @param gson the Gson instance
     * @return this builder
     */
    public Builder gson(Gson gson) {
      this.gson = Objects.requireNonNull(gson, "gson");
      return this;
    }

    /**
     * How many times an idempotent request (GET, PUT, DELETE, and a POST or PATCH marked
     * {@code @Idempotent}) is sent at most when Bisnode answers 429 or 503 or the connection fails;
     * 3 unless set. 1 turns these retries off. Any other POST or PATCH is never resent, except once
     * after a 401 with a new token.
     *
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The longest wait a {@code Retry-After} header may impose before a request is tried again; 30
     * seconds unless set.
     *
     * @param cap the cap, more than zero
     * @return this builder
     */
    public Builder retryAfterCap(Duration cap) {
      this.retryAfterCap = positive(cap, "retryAfterCap");
      return this;
    }

    /**
     * The exponential backoff, with full jitter, between retries of failed token requests and of
     * idempotent requests that could not connect: the n-th retry waits up to {@code min(cap, base *
     * 2^(n-1))}. 200 ms and 30 s unless set.
     *
     * @param base the first retry's longest wait, more than zero
     * @param cap the longest wait of any retry, at least {@code base}
     * @return this builder
     */
    public Builder retryBackoff(Duration base, Duration cap) {
      positive(base, "base");
      positive(cap, "cap");
      if (cap.compareTo(base) < 0) {
        throw new IllegalArgumentException("cap " + cap + " is shorter than base " + base);
      }
      this.backoffBase = base;
      this.backoffCap = cap;
      return this;
    }

    /**
     * Whether a token is renewed in the background before it falls due, from a jittered advisory
     * point on (6 to 7 minutes before expiry for a token of 20 minutes or more, 30 to 35 % of the
     * lifetime before expiry for a shorter one), so that with steady traffic no caller waits for a
     * token request; on unless set. A caller that finds the token due still waits for the new one.
     *
     * @param proactive false to renew only when a caller finds the token due, and make it wait
     * @return this builder
     */
    public Builder proactiveRefresh(boolean proactive) {
      this.proactiveRefresh = proactive;
      return this;
    }

    /**
     * Whether a timer renews each token shortly before it falls due even when no call is made, so
     * that a quiet client's first call after a long pause does not wait; off unless set. The timer
     * stops when the client closes.
     *
     * @param scheduled true to keep tokens fresh on a timer
     * @return this builder
     */
    public Builder scheduledRefresh(boolean scheduled) {
      this.scheduledRefresh = scheduled;
      return this;
    }

    /**
     * How the client id and secret are sent to the token endpoint; {@link
     * ClientAuthentication#BASIC} unless set.
     *
     * @param authentication the method
     * @return this builder
     */
    public Builder clientAuthentication(ClientAuthentication authentication) {
      this.clientAuthentication = Objects.requireNonNull(authentication, "authentication");
      return this;
    }

    /**
     * Sees every call and token request, for metrics and tracing.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(BisnodeListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sends every request, token requests included, through an HTTP proxy (HTTPS is tunnelled with
     * {@code CONNECT}, so the proxy sees no token). Without it, connections are direct.
     *
     * @param proxyUrl the proxy, such as {@code http://proxy.example.com:3128}
     * @return this builder
     */
    public Builder proxy(String proxyUrl) {
      this.proxy = Urls.checkProxy(proxyUrl);
      return this;
    }

    Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Creates the client.
     *
     * @return the client; close it when done
     * @throws IllegalStateException if no credentials were given or found in the environment
     */
    public BisnodeClient build() {
      String id = clientId;
      String secret = clientSecret;
      if (id == null || id.isEmpty() || secret == null) {
        throw new IllegalStateException(
            "No Bisnode credentials: call credentials(id, secret) or set BISNODE_CLIENT_ID and"
                + " BISNODE_CLIENT_SECRET");
      }
      Urls.checkAbsolute(tokenUrl, "token URL");
      return new BisnodeClient(this, id, secret);
    }

    private static Duration nonNegative(Duration value, String name) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be zero or more: " + value);
      }
      return value;
    }

    private static Duration positive(Duration value, String name) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be more than zero: " + value);
      }
      return value;
    }

    @Override
    public String toString() {
      return "BisnodeClient.Builder[clientId=" + clientId + ", clientSecret=<redacted>]";
    }
  }
}
