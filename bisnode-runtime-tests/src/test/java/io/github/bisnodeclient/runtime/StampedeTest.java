package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.runtime.LocalServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many callers at once: one token request for all of them, and few threads for async calls. */
class StampedeTest {
  private static final int THREADS = 200;

  @BisnodeApi(baseUrl = "https://x.invalid/api", scope = "bci")
  interface HelloApi {
    @Get("/hello")
    CompletableFuture<Hello> hello();
  }

  record Hello(String hello) {}

  private LocalServer server;
  private ExecutorService pool;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    server.close();
    // Two hundred threads take a while to exit; a test that counts threads must not see them.
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS), "the callers' threads did not stop");
  }

  @Test
  void twoHundredThreadsReleasedTogetherMakeOneTokenRequestTwoHundredTimesOver() throws Exception {
    AtomicReference<CountDownLatch> arrived = new AtomicReference<>();
    Map<String, AtomicInteger> requestsPerScope = new ConcurrentHashMap<>();
    AtomicInteger serial = new AtomicInteger();
    server.on(
        "/token",
        r -> {
          requestsPerScope.computeIfAbsent(r.body(), b -> new AtomicInteger()).incrementAndGet();
          // Hold the first request until every caller has been released.
          arrived.get().await(10, TimeUnit.SECONDS);
          Thread.sleep(2);
          return Reply.json(
              200,
              "{\"access_token\":\"t"
                  + serial.incrementAndGet()
                  + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
    try (BisnodeClient client = server.client().build()) {
      for (int round = 0; round < 200; round++) {
        TokenCache cache = client.tokenCache("bci round" + round);
        CountDownLatch ready = new CountDownLatch(THREADS);
        arrived.set(ready);
        List<Future<AccessToken>> results = new ArrayList<>(THREADS);
        for (int i = 0; i < THREADS; i++) {
          results.add(
              pool.submit(
                  () -> {
                    ready.countDown();
                    ready.await();
                    return cache.token();
                  }));
        }
        Set<AccessToken> tokens = ConcurrentHashMap.newKeySet();
        for (Future<AccessToken> result : results) {
          tokens.add(result.get(20, TimeUnit.SECONDS));
        }
        assertEquals(1, tokens.size(), "round " + round);
      }
    }
    assertEquals(200, requestsPerScope.size());
    requestsPerScope.forEach((scope, count) -> assertEquals(1, count.get(), scope));
  }

  @Test
  void twoHundredWaitersShareOneFailureThenOneNewRequestFollows() throws Exception {
    AtomicLong now = new AtomicLong();
    CountDownLatch ready = new CountDownLatch(THREADS);
    AtomicInteger requests = new AtomicInteger();
    server.on(
        "/token",
        r -> {
          requests.incrementAndGet();
          ready.await(10, TimeUnit.SECONDS);
          Thread.sleep(2);
          return Reply.json(503, "{\"error\":\"temporarily_unavailable\"}");
        });
    try (BisnodeClient client = server.client().ticker(now::get).build()) {
      TokenCache cache = client.tokenCache("bci");
      List<Future<Throwable>> results = new ArrayList<>(THREADS);
      for (int i = 0; i < THREADS; i++) {
        results.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  ready.await();
                  try {
                    cache.token();
                    return null;
                  } catch (BisnodeAuthException e) {
                    return e;
                  }
                }));
      }
      Set<Throwable> failures = ConcurrentHashMap.newKeySet();
      for (Future<Throwable> result : results) {
        failures.add(
            assertInstanceOf(BisnodeAuthException.class, result.get(20, TimeUnit.SECONDS)));
      }
      assertEquals(1, failures.size());
      assertEquals(1, requests.get());

      now.addAndGet(Duration.ofSeconds(2).toNanos());
      Throwable again = assertThrows(BisnodeAuthException.class, cache::token);
      assertNotSame(failures.iterator().next(), again);
      assertEquals(2, requests.get());
    }
  }

  @Test
  void fiveHundredAsyncCallsInFlightAddAFewFixedThreads() throws Exception {
    int calls = 500;
    CountDownLatch allArrived = new CountDownLatch(calls);
    CountDownLatch release = new CountDownLatch(1);
    server.on(
        "/api/hello",
        r -> {
          allArrived.countDown();
          release.await(20, TimeUnit.SECONDS);
          return Reply.json(200, "{\"hello\":\"async\"}");
        });
    // This test needs none of the callers' threads; they must be gone before threads are counted.
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS), "the callers' threads did not stop");
    int before = clientThreads();
    try (BisnodeClient client = server.client().maxConnections(calls).build()) {
      HelloApi api = client.create(HelloApi.class);
      assertEquals(new Hello("async"), warmUp(api, release));
      int afterOne = clientThreads();

      CountDownLatch held = new CountDownLatch(1);
      server.on(
          "/api/hello",
          r -> {
            allArrived.countDown();
            held.await(20, TimeUnit.SECONDS);
            return Reply.json(200, "{\"hello\":\"async\"}");
          });
      List<CompletableFuture<Hello>> futures = new ArrayList<>(calls);
      for (int i = 0; i < calls; i++) {
        futures.add(api.hello());
      }
      assertTrue(allArrived.await(20, TimeUnit.SECONDS), "not every call reached the server");
      int inFlight = clientThreads();
      held.countDown();
      for (CompletableFuture<Hello> future : futures) {
        assertEquals(new Hello("async"), future.get(20, TimeUnit.SECONDS));
      }
      // Threads of earlier tests may still be exiting, so the count can only be bounded above.
      assertTrue(
          inFlight <= afterOne,
          "threads grew with the calls in flight: " + afterOne + " -> " + inFlight);
      assertTrue(afterOne - before <= 4, "the async client started " + (afterOne - before));
    }
  }

  private static Hello warmUp(HelloApi api, CountDownLatch release) throws Exception {
    CompletableFuture<Hello> first = api.hello();
    release.countDown();
    return first.get(20, TimeUnit.SECONDS);
  }

  /**
   * Live threads a client may start: HttpClient's I/O dispatchers and connection-pool timers, our
   * token refresher and the common pool's workers that run delayed retries; by name, so that
   * threads of the test server or of earlier tests that are still exiting do not count.
   */
  private static int clientThreads() {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      String name = thread.getName();
      boolean client =
          name.startsWith("httpclient-")
              || name.startsWith("bisnode-")
              || name.startsWith("ForkJoinPool.commonPool")
              || name.startsWith("CompletableFutureDelayScheduler");
      if (thread.isAlive() && client) {
        count++;
      }
    }
    return count;
  }

  @Test
  void aRefreshedTokenIsSharedBySyncAndAsyncCallers() throws Exception {
    try (BisnodeClient client = server.client().build()) {
      TokenCache cache = client.tokenCache("bci");
      AccessToken sync = cache.token();
      assertSame(sync, cache.tokenAsync().get(10, TimeUnit.SECONDS));
      assertEquals(1, server.tokenRequests());
    }
  }
}
