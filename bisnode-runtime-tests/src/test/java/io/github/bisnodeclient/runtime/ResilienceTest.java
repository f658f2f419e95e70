package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.runtime.LocalServer.Reply;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proactive refresh, stale-while-failing, backoff, replay and retries, over real HTTP. */
class ResilienceTest {
  @BisnodeApi(baseUrl = "https://x.invalid/api", scope = "bci")
  interface HelloApi {
    @Get("/hello")
    Hello hello();

    @Get("/hello")
    CompletableFuture<Hello> helloAsync();

    @Post("/hello")
    Hello postHello(@Body Object body);
  }

  record Hello(String hello) {}

  private final AtomicLong now = new AtomicLong(5_000_000_000L);
  private LocalServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    server.on("/api/hello", r -> Reply.json(200, "{\"hello\":\"world\"}"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void advance(Duration duration) {
    now.addAndGet(duration.toNanos());
  }

  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
      Thread.sleep(5);
    }
  }

  @Test
  void refreshesInTheBackgroundBeforeTheTokenFallsDueWithoutMakingCallersWait() throws Exception {
    server.tokenLifetime(3600);
    CountDownLatch release = new CountDownLatch(1);
    try (BisnodeClient client = server.client().ticker(now::get).random(() -> 0.0).build()) {
      TokenCache cache = client.tokenCache("bci");
      AccessToken first = cache.token();
      server.on(
          "/token",
          r -> {
            release.await(10, TimeUnit.SECONDS);
            return Reply.json(
                200, "{\"access_token\":\"second\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
          });
      // With jitter 0 the advisory point of a 1-hour token is 6 minutes before expiry.
      advance(Duration.ofSeconds(3600 - 360 - 1));
      assertSame(first, cache.token());
      assertEquals(1, server.received("/token").size());
      advance(Duration.ofSeconds(2));
      // Past the advisory point: the token request is held by the server, yet callers go on.
      for (int i = 0; i < 100; i++) {
        assertSame(first, cache.token());
      }
      release.countDown();
      eventually(() -> cache.token() != first);
      assertEquals("second", cache.token().value());
      assertEquals(2, server.received("/token").size());
    }
  }

  @Test
  void keepsTheValidTokenWhileRefreshesFailAndBacksOff() throws Exception {
    server.tokenLifetime(120);
    try (BisnodeClient client = server.client().ticker(now::get).random(() -> 1.0).build()) {
      TokenCache cache = client.tokenCache("bci");
      AccessToken first = cache.token();
      AtomicInteger failures = new AtomicInteger();
      server.on(
          "/token",
          r -> {
            failures.incrementAndGet();
            return Reply.json(503, "{\"error\":\"temporarily_unavailable\"}");
          });
      advance(Duration.ofSeconds(60)); // due: 120 s lifetime, 60 s margin
      assertSame(first, cache.token());
      eventually(() -> cache.failureStreak() == 1);
      // During the backoff (200 ms with jitter 1.0) nobody asks the endpoint again.
      for (int i = 0; i < 50; i++) {
        assertSame(first, cache.token());
      }
      eventually(cache::idle); // any request started has been answered
      assertEquals(1, failures.get());
      advance(Duration.ofMillis(200));
      assertSame(first, cache.token());
      eventually(() -> cache.failureStreak() == 2);
      advance(Duration.ofMillis(399));
      assertSame(first, cache.token());
      eventually(cache::idle);
      assertEquals(2, failures.get());

      // The endpoint recovers: the next attempt brings a new token, with no restart.
      server.on(
          "/token",
          r ->
              Reply.json(
                  200, "{\"access_token\":\"back\",\"token_type\":\"Bearer\",\"expires_in\":120}"));
      advance(Duration.ofMillis(1));
      cache.token();
      eventually(() -> cache.token().value().equals("back"));
    }
  }

  @Test
  void withoutAValidTokenCallersGetTheFailureWithItsOAuthError() {
    server.tokenLifetime(120);
    try (BisnodeClient client = server.client().ticker(now::get).build()) {
      TokenCache cache = client.tokenCache("bci");
      cache.token();
      server.on(
          "/token",
          r ->
              Reply.json(
                  503, "{\"error\":\"temporarily_unavailable\",\"error_description\":\"down\"}"));
      advance(Duration.ofSeconds(120));
      BisnodeAuthException e = assertThrows(BisnodeAuthException.class, cache::token);
      assertEquals(503, e.status());
      assertEquals("temporarily_unavailable", e.error().orElseThrow());
      assertTrue(e.getMessage().contains(server.url("/token")), e.getMessage());
    }
  }

  @Test
  void doesNotRetryRefusedCredentialsInALoop() {
    AtomicInteger requests = new AtomicInteger();
    server.on(
        "/token",
        r -> {
          requests.incrementAndGet();
          return Reply.json(401, "{\"error\":\"invalid_client\"}");
        });
    try (BisnodeClient client = server.client().ticker(now::get).build()) {
      TokenCache cache = client.tokenCache("bci");
      BisnodeAuthException first = assertThrows(BisnodeAuthException.class, cache::token);
      // The first wait is at least half a second, however the jitter falls.
      for (int i = 0; i < 100; i++) {
        assertSame(first, assertThrows(BisnodeAuthException.class, cache::token));
        advance(Duration.ofMillis(4));
      }
      assertEquals(1, requests.get());
      advance(Duration.ofSeconds(1));
      assertNotSame(first, assertThrows(BisnodeAuthException.class, cache::token));
      assertEquals(2, requests.get());
    }
  }

  @Test
  void honoursRetryAfterFromTheTokenEndpoint() throws Exception {
    server.tokenLifetime(3600);
    try (BisnodeClient client = server.client().ticker(now::get).random(() -> 0.0).build()) {
      TokenCache cache = client.tokenCache("bci");
      AccessToken first = cache.token();
      AtomicInteger failures = new AtomicInteger();
      server.on(
          "/token",
          r -> {
            failures.incrementAndGet();
            return new Reply(
                429,
                Map.of("Retry-After", "20", "Content-Type", "application/json"),
                "{\"error\":\"slow_down\"}".getBytes(StandardCharsets.UTF_8));
          });
      advance(Duration.ofSeconds(3540));
      assertSame(first, cache.token());
      eventually(() -> cache.failureStreak() == 1);
      advance(Duration.ofSeconds(19));
      assertSame(first, cache.token());
      eventually(cache::idle); // any request started has been answered
      assertEquals(1, failures.get());
      advance(Duration.ofSeconds(1));
      assertSame(first, cache.token());
      eventually(() -> cache.failureStreak() == 2);
    }
  }

  @Test
  void replaysOnceWithANewTokenAfterA401() {
    server.on(
        "/api/hello",
        r ->
            r.header("Authorization").equals("Bearer token-1")
                ? Reply.json(401, "{\"message\":\"token revoked\"}")
                : Reply.json(200, "{\"hello\":\"again\"}"));
    try (BisnodeClient client = server.client().build()) {
      HelloApi api = client.create(HelloApi.class);
      assertEquals(new Hello("again"), api.hello());
      assertEquals(new Hello("again"), api.postHello("x"));
      assertEquals(2, server.tokenRequests());
      assertEquals(3, server.received("/api/hello").size());
    }
  }

  @Test
  void aSecond401IsThrownAnd403IsNeverRetried() {
    server.on("/api/hello", r -> Reply.json(401, "{\"message\":\"no\"}"));
    try (BisnodeClient client = server.client().build()) {
      HelloApi api = client.create(HelloApi.class);
      BisnodeApiException e = assertThrows(BisnodeApiException.class, () -> api.hello());
      assertEquals(401, e.status());
      assertEquals(2, server.received("/api/hello").size());

      server.on("/api/hello", r -> Reply.json(403, "{\"message\":\"scope\"}"));
      e = assertThrows(BisnodeApiException.class, () -> api.hello());
      assertEquals(403, e.status());
      assertEquals(3, server.received("/api/hello").size());
    }
  }

  @Test
  void manyConcurrent401sForOneTokenCauseOneRefresh() throws Exception {
    AtomicInteger rejected = new AtomicInteger();
    CountDownLatch allRejected = new CountDownLatch(50);
    server.on(
        "/api/hello",
        r -> {
          if (r.header("Authorization").equals("Bearer token-1")) {
            rejected.incrementAndGet();
            allRejected.countDown();
            allRejected.await(10, TimeUnit.SECONDS);
            return Reply.json(401, "{}");
          }
          return Reply.json(200, "{\"hello\":\"ok\"}");
        });
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try (BisnodeClient client = server.client().build()) {
      HelloApi api = client.create(HelloApi.class);
      client.tokenCache("bci").token();
      List<Future<Hello>> results = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        results.add(pool.submit(() -> api.hello()));
      }
      for (Future<Hello> result : results) {
        assertEquals(new Hello("ok"), result.get(10, TimeUnit.SECONDS));
      }
      assertEquals(50, rejected.get());
      assertEquals(2, server.tokenRequests());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void retriesAGetAnswered429AfterRetryAfterButNeverAPost() {
    AtomicInteger calls = new AtomicInteger();
    server.on(
        "/api/hello",
        r ->
            calls.incrementAndGet() == 1
                ? new Reply(429, Map.of("Retry-After", "0"), new byte[0])
                : Reply.json(200, "{\"hello\":\"later\"}"));
    List<BisnodeListener.CallEvent> events = new CopyOnWriteArrayList<>();
    try (BisnodeClient client =
        server
            .client()
            .listener(
                new BisnodeListener() {
                  @Override
                  public void onCall(CallEvent event) {
                    events.add(event);
                  }
                })
            .build()) {
      HelloApi api = client.create(HelloApi.class);
      assertEquals(new Hello("later"), api.hello());
      assertEquals(2, calls.get());
      assertEquals(2, events.get(0).attempts());
      assertEquals(200, events.get(0).status());
      assertEquals("/hello", events.get(0).path());

      calls.set(0);
      BisnodeApiException e = assertThrows(BisnodeApiException.class, () -> api.postHello(1));
      assertEquals(429, e.status());
      assertEquals(1, calls.get());
      assertEquals(e, events.get(1).failure());
    }
  }

  @Test
  void retriesAGetThatCouldNotConnectButNeverAPost() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    List<BisnodeListener.CallEvent> events = new CopyOnWriteArrayList<>();
    try (BisnodeClient client =
        server
            .client()
            .baseUrl("http://127.0.0.1:" + closedPort + "/api")
            .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
            .listener(
                new BisnodeListener() {
                  @Override
                  public void onCall(CallEvent event) {
                    events.add(event);
                  }
                })
            .build()) {
      HelloApi api = client.create(HelloApi.class);
      BisnodeException get = assertThrows(BisnodeException.class, () -> api.hello());
      assertTrue(get.getMessage().startsWith("GET /hello failed"), get.getMessage());
      assertEquals(3, events.get(0).attempts());
      assertEquals(0, events.get(0).status());

      assertThrows(BisnodeException.class, () -> api.postHello(1));
      assertEquals(1, events.get(1).attempts());
    }
  }

  @Test
  void givesUpOnA503AfterTheConfiguredAttempts() {
    AtomicInteger calls = new AtomicInteger();
    server.on(
        "/api/hello",
        r -> {
          calls.incrementAndGet();
          return new Reply(503, Map.of("Retry-After", "0"), new byte[0]);
        });
    try (BisnodeClient client = server.client().maxAttempts(4).build()) {
      HelloApi api = client.create(HelloApi.class);
      BisnodeApiException e = assertThrows(BisnodeApiException.class, () -> api.hello());
      assertEquals(503, e.status());
      assertEquals(4, calls.get());
    }
  }

  @Test
  void asyncCallsReplayAfter401AndRetry429() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.on(
        "/api/hello",
        r -> {
          int n = calls.incrementAndGet();
          if (n == 1) {
            return Reply.json(401, "{}");
          }
          if (n == 2) {
            return new Reply(429, Map.of("Retry-After", "0"), new byte[0]);
          }
          return Reply.json(200, "{\"hello\":\"async\"}");
        });
    try (BisnodeClient client = server.client().build()) {
      HelloApi api = client.create(HelloApi.class);
      assertEquals(new Hello("async"), api.helloAsync().get(10, TimeUnit.SECONDS));
      assertEquals(3, calls.get());
      assertEquals(2, server.tokenRequests());
    }
  }

  @Test
  void sendsTheCredentialsTheWayTheBuilderSays() {
    String id = "client id+1";
    String secret = "s3cr:et/ä";
    for (ClientAuthentication mode : ClientAuthentication.values()) {
      try (BisnodeClient client =
          server.client().credentials(id, secret).clientAuthentication(mode).build()) {
        client.tokenCache("bci").token();
      }
      LocalServer.Received request = server.last("/token");
      String authorization = request.header("Authorization");
      switch (mode) {
        case BASIC -> {
          assertEquals(basic(id + ":" + secret), authorization);
          assertEquals("grant_type=client_credentials&scope=bci", request.body());
        }
        case BASIC_FORM_ENCODED -> {
          assertEquals(basic("client+id%2B1:s3cr%3Aet%2F%C3%A4"), authorization);
          assertEquals("grant_type=client_credentials&scope=bci", request.body());
        }
        case CLIENT_SECRET_POST -> {
          assertEquals(null, authorization);
          Map<String, String> form = form(request.body());
          assertEquals(id, form.get("client_id"));
          assertEquals(secret, form.get("client_secret"));
          assertEquals("client_credentials", form.get("grant_type"));
        }
      }
    }
  }

  @Test
  void aScheduledRefreshKeepsAQuietClientsTokenFreshAndStopsOnClose() throws Exception {
    server.tokenLifetime(2);
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    BisnodeClient client =
        server.client().scheduledRefresh(true).refreshMargin(Duration.ofMillis(500)).build();
    TokenCache cache = client.tokenCache("bci");
    cache.token();
    eventually(() -> server.tokenRequests() >= 3);
    // the threads that ran this client's refreshes: the schedule's and the token requests'
    List<Thread> refreshers =
        Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> !before.contains(thread))
            .filter(thread -> thread.getName().startsWith("bisnode-token-"))
            .toList();
    assertFalse(refreshers.isEmpty());
    client.close();
    int afterClose = server.tokenRequests();
    // Once they have ended, nothing is left that could ask for a token: no wait on the clock.
    for (Thread thread : refreshers) {
      thread.join(TimeUnit.SECONDS.toMillis(10));
      assertFalse(thread.isAlive(), thread.getName() + " still runs after close");
    }
    assertTrue(server.tokenRequests() <= afterClose + 1, "refreshes went on after close");
  }

  @Test
  void tellsTheListenerAboutTokenRequestsWithoutSecrets() {
    List<BisnodeListener.TokenEvent> events = new CopyOnWriteArrayList<>();
    try (BisnodeClient client =
        server
            .client()
            .listener(
                new BisnodeListener() {
                  @Override
                  public void onTokenFetch(TokenEvent event) {
                    events.add(event);
                  }
                })
            .build()) {
      client.tokenCache("bci").token();
    }
    assertEquals(1, events.size());
    assertEquals("bci", events.get(0).scope());
    assertEquals(200, events.get(0).status());
    assertEquals(Duration.ofHours(1), events.get(0).lifetime());
    assertTrue(events.get(0).failed().isEmpty());
    assertTrue(!events.get(0).toString().contains("token-1"));
  }

  @Test
  void refusesTheSameSetOfConcurrentAsyncWaitersOneFailure() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.on(
        "/token",
        r -> {
          release.await(10, TimeUnit.SECONDS);
          return Reply.json(500, "{\"error\":\"server_error\"}");
        });
    try (BisnodeClient client = server.client().build()) {
      TokenCache cache = client.tokenCache("bci");
      Set<Throwable> failures = ConcurrentHashMap.newKeySet();
      List<CompletableFuture<AccessToken>> futures = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        futures.add(cache.tokenAsync());
      }
      release.countDown();
      for (var future : futures) {
        java.util.concurrent.ExecutionException e =
            assertThrows(
                java.util.concurrent.ExecutionException.class,
                () -> future.get(10, TimeUnit.SECONDS));
        failures.add(e.getCause());
      }
      assertEquals(1, failures.size());
      assertEquals(1, server.received("/token").size(), "one token request for all the waiters");
    }
  }

  private static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new java.util.HashMap<>();
    for (String pair : body.split("&")) {
      String[] parts = pair.split("=", 2);
      form.put(
          URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return form;
  }
}
