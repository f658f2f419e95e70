package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.runtime.LocalServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Bisnode's rule, "if there is no token or {@code now + margin >= expiration}, get a new token
 * first, then make the call", on the injected clock, blocking and asynchronous, whatever the
 * refresh settings; and what proactive refresh, stale-while-failing and refusals add to it.
 */
class RenewalRuleTest {
  record Hello(String hello) {}

  @BisnodeApi(baseUrl = "https://x.invalid/api", scope = "bci")
  interface HelloApi {
    @Get("/hello")
    Hello hello();

    @Get("/hello")
    CompletableFuture<Hello> helloAsync();
  }

  private final AtomicLong now = new AtomicLong(7_000_000_000L);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private Logger cacheLogger;
  private LocalServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    server.on("/api/hello", r -> Reply.json(200, "{\"hello\":\"world\"}"));
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    cacheLogger = context.getLogger(TokenCache.class.getName());
    logged.setContext(context);
    logged.start();
    cacheLogger.addAppender(logged);
  }

  @AfterEach
  void stop() {
    cacheLogger.detachAppender(logged);
    server.close();
  }

  private void advance(Duration duration) {
    now.addAndGet(duration.toNanos());
  }

  private BisnodeClient.Builder client() {
    return server.client().ticker(now::get);
  }

  /** One API call, blocking or asynchronous; answers the token it carried. */
  private String call(HelloApi api, boolean async) throws Exception {
    int before = server.received("/api/hello").size();
    Hello hello = async ? api.helloAsync().get(10, TimeUnit.SECONDS) : api.hello();
    assertEquals(new Hello("world"), hello);
    List<LocalServer.Received> all = server.received("/api/hello");
    assertEquals(before + 1, all.size());
    return all.get(all.size() - 1).header("Authorization");
  }

  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
      Thread.sleep(2);
    }
  }

  private long warnings() {
    return logged.list.stream()
        .filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
        .count();
  }

  static Stream<Arguments> everySetting() {
    List<Arguments> all = new ArrayList<>();
    for (boolean proactive : new boolean[] {true, false}) {
      for (boolean scheduled : new boolean[] {true, false}) {
        for (boolean async : new boolean[] {false, true}) {
          all.add(Arguments.of(proactive, scheduled, async));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "proactive={0}, scheduled={1}, async={2}")
  @MethodSource("everySetting")
  void aCallAfterAQuietSpellThatEndsInsideTheMarginWaitsAndSendsTheNewToken(
      boolean proactive, boolean scheduled, boolean async) throws Exception {
    server.tokenLifetime(7199); // Bisnode's own
    try (BisnodeClient client =
        client().proactiveRefresh(proactive).scheduledRefresh(scheduled).build()) {
      HelloApi api = client.create(HelloApi.class);
      TokenCache cache = client.tokenCache("bci");
      assertEquals("Bearer token-1", call(api, async));
      assertEquals(1, cache.waitingCallers());

      // Quiet through the whole advisory window, then a call 30 s before expiry: inside the margin.
      advance(Duration.ofSeconds(7199 - 30));
      assertEquals("Bearer token-2", call(api, async));
      assertEquals(2, cache.waitingCallers(), "the caller waited for the new token");
      assertEquals(2, server.tokenRequests());

      // Exactly at the margin counts as due too: now + 60 s >= expiration.
      advance(Duration.ofSeconds(7199 - 60));
      assertEquals("Bearer token-3", call(api, async));
      assertEquals(3, server.tokenRequests());
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void steadyCallsAcrossTheAdvisoryPointAndTheMarginNeverWaitAndRenewOnce(boolean async)
      throws Exception {
    server.tokenLifetime(3600);
    try (BisnodeClient client = client().build()) {
      HelloApi api = client.create(HelloApi.class);
      TokenCache cache = client.tokenCache("bci");
      assertEquals("Bearer token-1", call(api, async));
      advance(Duration.ofSeconds(2400)); // 20 minutes before expiry: before any advisory point
      List<String> carried = new ArrayList<>();
      for (int second = 2400; second <= 3700; second += 5) {
        carried.add(call(api, async));
        // Steady traffic: each background refresh is done before the next call, as on a network.
        eventually(cache::idle);
        advance(Duration.ofSeconds(5));
      }
      assertEquals(1, cache.waitingCallers(), "only the very first call waited");
      assertEquals(2, server.tokenRequests(), "one renewal across advisory point and margin");
      assertEquals("Bearer token-1", carried.get(0));
      assertEquals("Bearer token-2", carried.get(carried.size() - 1));
      // The renewal happened 6 to 7 minutes before expiry.
      int firstNew = carried.indexOf("Bearer token-2");
      int secondOfRenewal = 2400 + 5 * (firstNew - 1);
      assertTrue(
          secondOfRenewal >= 3600 - 7 * 60 && secondOfRenewal <= 3600 - 6 * 60,
          "renewed at " + secondOfRenewal + " s");
    }
  }

  @ParameterizedTest(name = "lifetime={0} s")
  @ValueSource(ints = {1200, 1800, 3600, 7199})
  void aTokenOfTwentyMinutesOrMoreRidesOutAFiveMinuteOutageOfTheTokenEndpoint(int lifetime)
      throws Exception {
    for (double jitter : new double[] {0.0, 0.5, 1.0}) {
      // The outage may start anywhere from before the earliest advisory point to the margin.
      for (int start = lifetime - 8 * 60; start <= lifetime - 60; start += 60) {
        rideOutOutage(lifetime, jitter, start);
      }
    }
  }

  private void rideOutOutage(int lifetime, double jitter, int outageStart) throws Exception {
    AtomicBoolean down = new AtomicBoolean();
    AtomicInteger issued = new AtomicInteger();
    server.on(
        "/token",
        r ->
            down.get()
                ? Reply.json(503, "{\"error\":\"temporarily_unavailable\"}")
                : Reply.json(
                    200,
                    "{\"access_token\":\"t"
                        + issued.incrementAndGet()
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                        + lifetime
                        + "}"));
    long origin = now.get();
    try (BisnodeClient client = client().random(() -> jitter).build()) {
      TokenCache cache = client.tokenCache("bci");
      AccessToken first = cache.token();
      advance(Duration.ofSeconds(lifetime - 10 * 60));
      for (int second = lifetime - 10 * 60; second <= lifetime + 10 * 60; second += 5) {
        down.set(second >= outageStart && second < outageStart + 300);
        AccessToken token = cache.token(); // must not throw
        long expiresAt = token.fetchedAtNanos() + token.lifetimeNanos();
        assertTrue(
            now.get() < expiresAt,
            "an expired token at " + second + " s, outage from " + outageStart + " s");
        eventually(cache::idle);
        advance(Duration.ofSeconds(5));
      }
      assertTrue(issued.get() >= 2, "renewed after the outage");
      assertNotEquals(first, cache.token());
    } finally {
      now.set(origin);
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void whileRenewalFailsADueTokenThatHasNotExpiredStillGoesOutAndIsLoggedOnce(boolean async)
      throws Exception {
    server.tokenLifetime(3600);
    try (BisnodeClient client = client().random(() -> 1.0).build()) {
      HelloApi api = client.create(HelloApi.class);
      TokenCache cache = client.tokenCache("bci");
      assertEquals("Bearer token-1", call(api, async));
      server.on("/token", r -> Reply.json(500, "{\"error\":\"server_error\"}"));
      advance(Duration.ofSeconds(3570)); // due, 30 s before expiry
      for (int i = 0; i < 20; i++) {
        assertEquals("Bearer token-1", call(api, async));
        eventually(cache::idle);
        advance(Duration.ofMillis(500));
      }
      assertTrue(cache.failureStreak() >= 2, "renewal was tried again: " + cache.failureStreak());
      assertEquals(1, warnings(), "one warning for the streak: " + logged.list);

      // Expired and still failing: now the call fails, with the token endpoint's error.
      advance(Duration.ofSeconds(30));
      eventually(cache::idle);
      BisnodeAuthException e =
          assertThrows(
              BisnodeAuthException.class,
              () -> {
                try {
                  call(api, async);
                } catch (java.util.concurrent.ExecutionException wrapped) {
                  throw wrapped.getCause();
                }
              });
      assertEquals(500, e.status());
    }
  }

  @Test
  void closingTheClientDuringATokenRequestEndsItQuietly() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.on(
        "/token",
        r -> {
          arrived.countDown();
          release.await(10, TimeUnit.SECONDS);
          return Reply.json(200, "{\"access_token\":\"late\",\"expires_in\":3600}");
        });
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      BisnodeClient client = client().build();
      TokenCache cache = client.tokenCache("bci");
      Future<Throwable> waiter =
          pool.submit(
              () -> {
                try {
                  cache.token();
                  return null;
                } catch (BisnodeException e) {
                  return e;
                }
              });
      assertTrue(arrived.await(10, TimeUnit.SECONDS));
      client.close();
      Throwable failure = waiter.get(10, TimeUnit.SECONDS);
      assertTrue(failure instanceof BisnodeAuthException, String.valueOf(failure));
      assertTrue(failure.getMessage().contains("closed"), failure.getMessage());
      assertEquals(0, warnings(), "no warning when the client itself closed: " + logged.list);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "invalid_request",
        "invalid_client",
        "invalid_grant",
        "unauthorized_client",
        "unsupported_grant_type",
        "invalid_scope"
      })
  void aRefusalThatRetryingCannotFixBacksOffFromASecondUpToTheCap(String error) {
    AtomicInteger requests = new AtomicInteger();
    AtomicBoolean fixed = new AtomicBoolean();
    server.on(
        "/token",
        r -> {
          requests.incrementAndGet();
          return fixed.get()
              ? Reply.json(200, "{\"access_token\":\"fixed\",\"expires_in\":3600}")
              : Reply.json(400, "{\"error\":\"" + error + "\"}");
        });
    try (BisnodeClient client = client().random(() -> 1.0).build()) {
      TokenCache cache = client.tokenCache("bci");
      BisnodeAuthException first = assertThrows(BisnodeAuthException.class, cache::token);
      assertEquals(error, first.error().orElseThrow());
      // With the jitter at its top, the waits are 1, 2, 4, 8, 16, then 30 s (the cap) each.
      long[] waits = {1, 2, 4, 8, 16, 30, 30, 30};
      for (int i = 0; i < waits.length; i++) {
        advance(Duration.ofSeconds(waits[i]).minusMillis(1));
        assertThrows(BisnodeAuthException.class, cache::token);
        assertEquals(i + 1, requests.get(), "asked again before the wait of " + waits[i] + " s");
        advance(Duration.ofMillis(1));
        assertThrows(BisnodeAuthException.class, cache::token);
        assertEquals(i + 2, requests.get());
      }
    }
    // A secret fixed a second after the first refusal is noticed within seconds.
    requests.set(0);
    fixed.set(false);
    try (BisnodeClient client = client().build()) {
      TokenCache cache = client.tokenCache("bci");
      assertThrows(BisnodeAuthException.class, cache::token);
      advance(Duration.ofSeconds(1));
      fixed.set(true);
      AccessToken token = null;
      for (int tenths = 0; tenths < 30 && token == null; tenths++) {
        advance(Duration.ofMillis(100));
        try {
          token = cache.token();
        } catch (BisnodeAuthException stillBackingOff) {
          // not yet
        }
      }
      assertEquals("fixed", token == null ? null : token.value(), "noticed within 4 s");
    }
  }

  @Test
  void invalidRequestHintsAtTheClientAuthenticationModes() {
    server.on("/token", r -> Reply.json(400, "{\"error\":\"invalid_request\"}"));
    try (BisnodeClient client = client().build()) {
      BisnodeAuthException e =
          assertThrows(BisnodeAuthException.class, () -> client.tokenCache("bci").token());
      assertTrue(
          e.getMessage().contains("clientAuthentication(BASIC_FORM_ENCODED)"), e.getMessage());
      assertTrue(e.getMessage().contains("CLIENT_SECRET_POST"), e.getMessage());
    }
  }

  @Test
  void aTokenLivingAtMostTwiceTheMarginIsStillDueAtHalfItsLifetime() {
    server.tokenLifetime(100);
    try (BisnodeClient client = client().build()) {
      TokenCache cache = client.tokenCache("bci");
      AccessToken first = cache.token();
      advance(Duration.ofSeconds(50));
      AccessToken second = cache.token();
      assertNotEquals(first.value(), second.value());
      assertEquals(2, cache.waitingCallers(), "due at 50 s: the caller waited");
      assertSame(second, cache.token());
    }
  }
}
