package io.github.bisnodeclient.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.github.bisnodeclient.runtime.BisnodeClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Bisnode on {@code 127.0.0.1}: the OAuth2 token endpoint and sample Consumer Intelligence
 * (v2, v3) and Credit data companies (v2) APIs over fictional Nordic data.
 *
 * <pre>{@code
 * try (BisnodeSandbox sandbox = BisnodeSandbox.start();
 *     BisnodeClient bisnode = sandbox.newClient()) {
 *   PersonSearchApi persons = bisnode.create(PersonSearchApi.class);
 *   persons.search("Sven", "Svensson", "SE");
 * }
 * }</pre>
 *
 * <p>Every API is served under its real base path only (such as {@code
 * /consumerintelligence/person/v2}), as at Bisnode; {@link #newClient()} keeps each interface's own
 * path, so a typo in a {@code @BisnodeApi(baseUrl)} fails here as in production. The sandbox is
 * thread-safe; its counters, recorded requests and {@link #faults() fault switches} serve tests.
 */
public final class BisnodeSandbox implements AutoCloseable {
  /** The demo client's id; it may request every scope. */
  public static final String DEMO_CLIENT_ID = "sandbox-client";

  /** The demo client's secret. */
  public static final String DEMO_CLIENT_SECRET = "sandbox-secret";

  /** Consumer Intelligence's scope (v2 and v3). */
  public static final String SCOPE_BCI = "bci";

  /** Credit data companies' scope. */
  public static final String SCOPE_CREDIT_DATA_COMPANIES = "credit_data_companies";

  /**
   * Credit Monitoring Companies' scope. Bisnode does not publish it: this name is the sandbox's
   * choice, in the style of {@value #SCOPE_CREDIT_DATA_COMPANIES}.
   */
  public static final String SCOPE_CREDIT_MONITORING_COMPANIES = "credit_monitoring_companies";

  /**
   * Every scope the token endpoint knows, as Bisnode lists them; a request for another scope is
   * refused with {@code invalid_scope}.
   */
  public static final Set<String> KNOWN_SCOPES =
      Set.of(
          SCOPE_BCI,
          SCOPE_CREDIT_DATA_COMPANIES,
          SCOPE_CREDIT_MONITORING_COMPANIES,
          "credit_data_persons",
          "consumer",
          "no_beneficialowner",
          "no_beneficialowner_finance",
          "b2b_aml_screen",
          "b2c_aml_screen",
          "b2b_aml_ident_screen",
          "b2c_aml_ident_screen",
          "psd2");

  /** The default token lifetime, as {@code expires_in} says: one hour. */
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

  static {
    // Without it the JDK's HttpServer waits on delayed ACKs: ~44 ms per loopback request.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final SandboxClock clock;
  private final Traffic traffic;
  private final SandboxFaults faults;
  private final TokenStore tokens;
  private final CreditMonitoring monitoring;
  private final String root;
  private volatile boolean closed;

  private BisnodeSandbox(Builder builder) {
    this.clock = new SandboxClock(builder.clock);
    this.traffic = new Traffic(builder.recordLimit);
    this.tokens = new TokenStore();
    this.faults = new SandboxFaults(tokens);
    this.monitoring = new CreditMonitoring(SampleData.COMPANIES, clock);
    TokenEndpoint tokenEndpoint =
        new TokenEndpoint(
            builder.clients, KNOWN_SCOPES, tokens, faults, clock, builder.tokenLifetime);
    Dispatcher dispatcher =
        new Dispatcher(
            tokenEndpoint,
            routes(clock, monitoring),
            new BearerCheck(tokens, clock),
            faults,
            traffic,
            clock);
    this.executor = Executors.newCachedThreadPool(new DaemonThreads());
    try {
      server =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 256);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException(
          "Cannot listen on 127.0.0.1:" + builder.port + ": " + e.getMessage(), e);
    }
    server.createContext("/", dispatcher);
    server.setExecutor(executor);
    server.start();
    this.root = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static Router routes(SandboxClock clock, CreditMonitoring monitoring) {
    ConsumerIntelligenceV2 v2 = new ConsumerIntelligenceV2(SampleData.PERSONS);
    ConsumerIntelligenceV3 v3 = new ConsumerIntelligenceV3(SampleData.PERSONS);
    CompanySearch search = new CompanySearch(SampleData.COMPANIES);
    CreditReports reports = new CreditReports(SampleData.COMPANIES, clock);
    Router router =
        new Router()
            .add(ConsumerIntelligenceV2.BASE_PATH, "GET", "/person/search", SCOPE_BCI, v2::search)
            .add(ConsumerIntelligenceV2.BASE_PATH, "POST", "/person/match", SCOPE_BCI, v2::match)
            .add(
                ConsumerIntelligenceV3.BASE_PATH,
                "POST",
                "/markets/{market}/persons/_find",
                SCOPE_BCI,
                v3::find)
            .add(
                CreditReports.BASE_PATH,
                "POST",
                "/companies",
                SCOPE_CREDIT_DATA_COMPANIES,
                search::search)
            .add(
                CreditReports.BASE_PATH,
                "POST",
                "/companies/{country}",
                SCOPE_CREDIT_DATA_COMPANIES,
                reports::report);
    return monitoring.register(router, SCOPE_CREDIT_MONITORING_COMPANIES);
  }

  /**
   * Starts a sandbox on an ephemeral port with the defaults: the demo client, tokens that live an
   * hour.
   *
   * @return the running sandbox; close it when done
   * @throws UncheckedIOException if no port can be bound
   */
  public static BisnodeSandbox start() {
    return builder().start();
  }

  /**
   * Starts configuring a sandbox.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The port the sandbox listens on, on {@code 127.0.0.1}.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The token endpoint, as Bisnode's {@code https://login.bisnode.com/as/token.oauth2}. The sandbox
   * also answers on {@code /sandbox/v1/token.oauth2}, as Bisnode's own sandbox.
   *
   * @return {@code http://127.0.0.1:PORT/as/token.oauth2}
   */
  public String tokenUrl() {
    return root + "/as/token.oauth2";
  }

  /**
   * The sandbox's scheme, host and port. Each API is served below it under its real base path only,
   * as at Bisnode ({@code /consumerintelligence/person/v2}, {@code /consumer-intelligence/v3},
   * {@code /credit-data-companies/v2}); nothing is served at the root. Give it to {@link
   * BisnodeClient.Builder#apiHost(String)} so that each interface keeps the path of its
   * {@code @BisnodeApi(baseUrl)}.
   *
   * @return {@code http://127.0.0.1:PORT}
   */
  public String hostUrl() {
    return root;
  }

  /**
   * Consumer Intelligence v2, as {@code https://api.bisnode.com/consumerintelligence/person/v2}.
   *
   * @return {@code http://127.0.0.1:PORT/consumerintelligence/person/v2}
   */
  public String consumerIntelligenceV2BaseUrl() {
    return root + ConsumerIntelligenceV2.BASE_PATH;
  }

  /**
   * Consumer Intelligence v3, as {@code https://api.bisnode.com/consumer-intelligence/v3}.
   *
   * @return {@code http://127.0.0.1:PORT/consumer-intelligence/v3}
   */
  public String consumerIntelligenceV3BaseUrl() {
    return root + ConsumerIntelligenceV3.BASE_PATH;
  }

  /**
   * Credit data companies v2, as {@code https://api.bisnode.com/credit-data-companies/v2}.
   *
   * @return {@code http://127.0.0.1:PORT/credit-data-companies/v2}
   */
  public String creditDataCompaniesBaseUrl() {
    return root + CreditReports.BASE_PATH;
  }

  /**
   * Credit Monitoring Companies v1, as {@code
   * https://api.bisnode.com/credit-monitoring-companies/v1}: a portfolio per client.
   *
   * @return {@code http://127.0.0.1:PORT/credit-monitoring-companies/v1}
   */
  public String creditMonitoringCompaniesBaseUrl() {
    return root + CreditMonitoring.BASE_PATH;
  }

  /**
   * The demo client's id, allowed every scope.
   *
   * @return {@value #DEMO_CLIENT_ID}
   */
  public String clientId() {
    return DEMO_CLIENT_ID;
  }

  /**
   * The demo client's secret.
   *
   * @return {@value #DEMO_CLIENT_SECRET}
   */
  public String clientSecret() {
    return DEMO_CLIENT_SECRET;
  }

  /**
   * A client builder set up for this sandbox: its token URL, the demo credentials, and {@link
   * #hostUrl()} as {@linkplain BisnodeClient.Builder#apiHost(String) API host}, so that each
   * interface is called at the sandbox under its own {@code @BisnodeApi(baseUrl)} path (a wrong
   * path is a 404, as at Bisnode). Change what a test needs, then build.
   *
   * @return a new builder
   */
  public BisnodeClient.Builder clientBuilder() {
    return BisnodeClient.builder()
        .credentials(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
        .tokenUrl(tokenUrl())
        .apiHost(hostUrl());
  }

  /**
   * A client for this sandbox with the demo credentials, built from {@link #clientBuilder()}.
   *
   * @return a new client; close it when done
   */
  public BisnodeClient newClient() {
    return clientBuilder().build();
  }

  /**
   * The fault switches.
   *
   * @return this sandbox's faults
   */
  public SandboxFaults faults() {
    return faults;
  }

  /**
   * Requests that reached the token endpoint since start or the last reset, failed and dropped ones
   * included.
   *
   * @return the count
   */
  public int tokenRequestCount() {
    return traffic.tokenRequests();
  }

  /**
   * The most token requests ever in progress at the same time since start or the last reset. A
   * client that shares one token request among its threads keeps this at 1; delaying token
   * responses ({@link SandboxFaults#delayTokenResponses(Duration)}) makes overlaps likely.
   *
   * @return the highest number of overlapping token requests
   */
  public int maxConcurrentTokenRequests() {
    return traffic.maxConcurrentTokenRequests();
  }

  /**
   * Requests that were not for the token endpoint since start or the last reset, rejected and
   * dropped ones included.
   *
   * @return the count
   */
  public int apiRequestCount() {
    return traffic.apiRequests();
  }

  /**
   * The most recent requests, oldest first, token and API alike; as many as the builder's {@link
   * Builder#recordedRequestLimit(int)} (100 unless set).
   *
   * @return an immutable copy
   */
  public List<RecordedRequest> recordedRequests() {
    return traffic.recorded();
  }

  /**
   * The most recent request.
   *
   * @return the last recorded request, or empty if none arrived since start or the last reset
   */
  public Optional<RecordedRequest> lastRecordedRequest() {
    List<RecordedRequest> all = traffic.recorded();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * When a token this sandbox issued expires, for tests that check which token a request carried:
   * compare it with {@link RecordedRequest#receivedAt()}, on the same clock.
   *
   * @param accessToken the token as sent, without {@code Bearer}
   * @return its expiry on the sandbox's clock, or empty if this sandbox did not issue it
   */
  public Optional<Instant> tokenExpiry(String accessToken) {
    TokenStore.IssuedToken token = tokens.find(accessToken);
    return token == null ? Optional.empty() : Optional.of(token.expiresAt());
  }

  /**
   * Zeroes the request counters and the most concurrent token requests, and forgets the recorded
   * requests. Issued tokens stay valid.
   */
  public void resetCounters() {
    traffic.reset();
  }

  /**
   * {@link #resetCounters()}, {@link SandboxFaults#clear()} and {@link #clearPortfolios()}: a clean
   * slate for a test.
   */
  public void reset() {
    traffic.reset();
    faults.clear();
    monitoring.clear();
  }

  /**
   * Empties every client's Credit Monitoring portfolio (companies, categories, references); the
   * next request of each client starts a new one. Tokens, counters and faults stay.
   */
  public void clearPortfolios() {
    monitoring.clear();
  }

  /**
   * Moves the sandbox's clock forward, so that tokens expire without waiting: after {@code
   * advanceClock(Duration.ofSeconds(3600))} a one-hour token is refused.
   *
   * @param duration how far, zero or more
   */
  public void advanceClock(Duration duration) {
    clock.advance(duration);
  }

  /**
   * The sandbox's current time: the builder's clock plus every {@link #advanceClock(Duration)}.
   *
   * @return now, for the sandbox
   */
  public Instant now() {
    return clock.now();
  }

  /** Stops listening and ends the server's threads; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "BisnodeSandbox[" + root + (closed ? ", closed" : "") + "]";
  }

  /** Names the server threads and keeps them from holding the JVM open. */
  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "bisnode-sandbox-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  /** Configures a {@link BisnodeSandbox}; every setting has a default. */
  public static final class Builder {
    private int port;
    private Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;
    private Clock clock = Clock.systemUTC();
    private int recordLimit = 100;
    private final Map<String, RegisteredClient> clients = new LinkedHashMap<>();

    private Builder() {
      clients.put(
          DEMO_CLIENT_ID,
          new RegisteredClient(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, KNOWN_SCOPES, true));
    }

    /**
     * The port to listen on, on {@code 127.0.0.1}; 0 (the default) picks a free one.
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("not a port: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * How long issued tokens live, in {@code expires_in} and in fact; an hour unless set.
     *
     * @param lifetime the lifetime, zero or more
     * @return this builder
     */
    public Builder tokenLifetime(Duration lifetime) {
      if (lifetime.isNegative()) {
        throw new IllegalArgumentException("tokenLifetime must be zero or more: " + lifetime);
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /**
     * Registers another client, for instance one limited to {@code bci}: its token requests for
     * {@code credit_data_companies} get {@code 400 invalid_scope}, and a {@code bci} token sent to
     * Credit data companies gets a {@code 403}. A client with the demo client's id replaces it.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @param scopes the scopes it may request; none for a client that may request none
     * @return this builder
     */
    public Builder client(String clientId, String clientSecret, String... scopes) {
      clients.put(clientId, new RegisteredClient(clientId, clientSecret, Set.of(scopes), true));
      return this;
    }

    /**
     * Registers a client that authenticates but may not use the client-credentials grant: its token
     * requests get {@code 400 unauthorized_client}.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder clientWithoutClientCredentialsGrant(String clientId, String clientSecret) {
      clients.put(clientId, new RegisteredClient(clientId, clientSecret, Set.of(), false));
      return this;
    }

    /**
     * The clock for token expiry, error timestamps and report dates; the system's UTC clock unless
     * set. {@link BisnodeSandbox#advanceClock(Duration)} moves the sandbox's time on top of it.
     *
     * @param clock the clock, such as {@link Clock#fixed(Instant, java.time.ZoneId)}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How many recent requests {@link BisnodeSandbox#recordedRequests()} keeps; 100 unless set.
     *
     * @param limit zero (record nothing) or more
     * @return this builder
     */
    public Builder recordedRequestLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("limit must be zero or more: " + limit);
      }
      this.recordLimit = limit;
      return this;
    }

    /**
     * Starts the sandbox.
     *
     * @return the running sandbox; close it when done
     * @throws UncheckedIOException if the port cannot be bound
     */
    public BisnodeSandbox start() {
      return new BisnodeSandbox(this);
    }
  }
}
