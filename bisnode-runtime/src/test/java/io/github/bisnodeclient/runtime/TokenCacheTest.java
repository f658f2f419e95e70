package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.runtime.LocalServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenCacheTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private LocalServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private BisnodeClient client() {
    return server.client().ticker(now::get).build();
  }

  /** A client that renews only when a caller finds the token due, as Bisnode's rule reads. */
  private BisnodeClient reactiveClient() {
    return server.client().ticker(now::get).proactiveRefresh(false).build();
  }

  private void advance(Duration duration) {
    now.addAndGet(duration.toNanos());
  }

  private static void eventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
      Thread.sleep(1);
    }
  }

  @Test
  void reusesTheTokenUntilTheMarginBeforeExpiry() {
    server.tokenLifetime(3600);
    try (BisnodeClient client = reactiveClient()) {
      TokenCache cache = client.tokenCache("bci");
      AccessToken first = cache.token();
      advance(Duration.ofSeconds(3540).minusMillis(1));
      assertSame(first, cache.token());
      assertEquals(1, server.tokenRequests());
      advance(Duration.ofMillis(1));
      AccessToken second = cache.token();
      assertNotSame(first, second);
      assertEquals(2, server.tokenRequests());
    }
  }

  @Test
  void honoursAConfiguredMargin() {
    server.tokenLifetime(600);
    try (BisnodeClient client =
        server
            .client()
            .ticker(now::get)
            .proactiveRefresh(false)
            .refreshMargin(Duration.ofSeconds(120))
            .build()) {
      TokenCache cache = client.tokenCache("bci");
      AccessToken first = cache.token();
      advance(Duration.ofSeconds(479));
      assertSame(first, cache.token());
      advance(Duration.ofSeconds(1));
      assertNotSame(first, cache.token());
    }
  }

  @Test
  void reusesAShortLivedTokenForHalfItsLifetime() {
    server.tokenLifetime(100);
    try (BisnodeClient client = reactiveClient()) {
      TokenCache cache = client.tokenCache("bci");
      AccessToken first = cache.token();
      advance(Duration.ofSeconds(49));
      assertSame(first, cache.token());
      advance(Duration.ofSeconds(1));
      assertNotSame(first, cache.token());
      assertEquals(2, server.tokenRequests());
    }
  }

  @Test
  void neverKeepsATokenWithZeroLifetime() {
    server.tokenLifetime(0);
    try (BisnodeClient client = client()) {
      TokenCache cache = client.tokenCache("bci");
      cache.token();
      cache.token();
      assertEquals(2, server.tokenRequests());
    }
  }

  @Test
  void holdsOneTokenPerScopeSet() {
    try (BisnodeClient client = client()) {
      AccessToken bci = client.tokenCache("bci").token();
      AccessToken credit = client.tokenCache("credit_data_companies").token();
      assertNotSame(bci, credit);
      assertSame(bci, client.tokenCache(" bci ").token());
      assertSame(client.tokenCache("a b"), client.tokenCache("b  a"));
      assertEquals(2, server.tokenRequests());
    }
  }

  @Test
  void refreshesOnceWhenManyThreadsFindTheTokenMissing() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger requests = new AtomicInteger();
    server.on(
        "/token",
        r -> {
          requests.incrementAndGet();
          release.await(10, TimeUnit.SECONDS);
          return Reply.json(
              200, "{\"access_token\":\"shared\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
    int threads = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (BisnodeClient client = client()) {
      TokenCache cache = client.tokenCache("bci");
      CountDownLatch ready = new CountDownLatch(threads);
      List<Future<AccessToken>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  return cache.token();
                }));
      }
      ready.await();
      // Every thread is waiting on the one request the server holds.
      eventually(() -> cache.waitingCallers() == threads);
      release.countDown();
      Set<AccessToken> seen = ConcurrentHashMap.newKeySet();
      for (Future<AccessToken> result : results) {
        seen.add(result.get(10, TimeUnit.SECONDS));
      }
      assertEquals(1, seen.size());
      assertEquals(1, requests.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailureReachesEveryWaiterAsTheSameException() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger requests = new AtomicInteger();
    server.on(
        "/token",
        r -> {
          requests.incrementAndGet();
          release.await(10, TimeUnit.SECONDS);
          return Reply.json(500, "{\"error\":\"server_error\"}");
        });
    int threads = 20;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (BisnodeClient client = client()) {
      TokenCache cache = client.tokenCache("bci");
      CountDownLatch ready = new CountDownLatch(threads);
      List<Future<Throwable>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  try {
                    cache.token();
                    return null;
                  } catch (BisnodeAuthException e) {
                    return e;
                  }
                }));
      }
      ready.await();
      eventually(() -> cache.waitingCallers() == threads);
      release.countDown();
      Set<Throwable> seen = ConcurrentHashMap.newKeySet();
      for (Future<Throwable> result : results) {
        Throwable failure = result.get(10, TimeUnit.SECONDS);
        assertTrue(failure instanceof BisnodeAuthException, String.valueOf(failure));
        seen.add(failure);
      }
      assertEquals(1, seen.size());
      assertEquals(1, requests.get());

      // Until the backoff has passed, callers get the same failure without a new request...
      Throwable failure = seen.iterator().next();
      assertSame(failure, assertThrows(BisnodeAuthException.class, cache::token));
      assertEquals(1, requests.get());
      // ...then exactly one new request.
      advance(Duration.ofSeconds(2));
      BisnodeAuthException again = assertThrows(BisnodeAuthException.class, cache::token);
      assertNotSame(failure, again);
      assertEquals(2, requests.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void invalidatesOnlyTheCurrentToken() {
    try (BisnodeClient client = client()) {
      TokenCache cache = client.tokenCache("bci");
      AccessToken first = cache.token();
      cache.invalidate(first);
      AccessToken second = cache.token();
      assertNotSame(first, second);
      cache.invalidate(first); // stale report: ignored
      assertSame(second, cache.token());
      assertEquals(2, server.tokenRequests());
    }
  }

  @Test
  void asyncCallersShareOneRequestWithoutBlocking() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger requests = new AtomicInteger();
    server.on(
        "/token",
        r -> {
          requests.incrementAndGet();
          release.await(10, TimeUnit.SECONDS);
          return Reply.json(
              200, "{\"access_token\":\"async\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
    try (BisnodeClient client = client()) {
      TokenCache cache = client.tokenCache("bci");
      List<CompletableFuture<AccessToken>> futures = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        futures.add(cache.tokenAsync());
      }
      assertTrue(futures.stream().noneMatch(CompletableFuture::isDone));
      release.countDown();
      Set<String> values = ConcurrentHashMap.newKeySet();
      for (CompletableFuture<AccessToken> future : futures) {
        values.add(future.get(10, TimeUnit.SECONDS).value());
      }
      assertEquals(Set.of("async"), values);
      assertEquals(1, requests.get());
      assertTrue(cache.tokenAsync().isDone());
    }
  }
}
