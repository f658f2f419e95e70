package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.annotations.Timeout;
import io.github.bisnodeclient.runtime.LocalServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Servers that misbehave as proxies, load balancers and buggy backends do: every call ends typed
 * and in bounded time, blocking and asynchronous alike, and the client keeps working after it.
 */
class HostilePeersTest {
  /** Calls that the token server answers well. */
  @BisnodeApi(baseUrl = "https://x.invalid/api", scope = "bci")
  interface GoodApi {
    @Get("/hello")
    Hello hello();

    @Get("/hello")
    CompletableFuture<Hello> helloAsync();

    @Get("/busy")
    Hello busy();

    @Get("/held")
    CompletableFuture<Hello> heldAsync();
  }

  /** Calls that the raw server answers as the test scripts it. */
  @BisnodeApi(baseUrl = "https://unused.invalid", scope = "bci")
  interface HostileApi {
    @Get("/hostile")
    Hello hostile();

    @Get("/hostile")
    CompletableFuture<Hello> hostileAsync();

    @Get("/quick")
    @Timeout(value = 500, unit = TimeUnit.MILLISECONDS)
    Hello quick();

    @Get("/quick")
    @Timeout(value = 500, unit = TimeUnit.MILLISECONDS)
    CompletableFuture<Hello> quickAsync();

    @Post("/post")
    Hello post();

    @Post("/post")
    Hello post(@Body Object body);

    @Get("/slow")
    Hello slowJson();

    @Get("/slow")
    String slowString();

    @Get("/slow")
    byte[] slowBytes();

    @Get("/stream")
    InputStream stream();

    @Get("/again")
    Hello again();
  }

  record Hello(String hello) {}

  private LocalServer tokens;
  private RawServer raw;

  @BeforeEach
  void start() throws Exception {
    tokens = new LocalServer();
    tokens.on("/api/hello", r -> Reply.json(200, "{\"hello\":\"world\"}"));
    raw = new RawServer();
  }

  @AfterEach
  void stop() throws Exception {
    raw.close();
    tokens.close();
  }

  /** A client whose good calls go to the token server and hostile ones to the raw server. */
  private BisnodeClient.Builder client() {
    return tokens
        .client()
        .baseUrl(HostileApi.class, raw.url())
        .responseTimeout(Duration.ofMillis(1500));
  }

  /** The blocking method of a call, or its asynchronous twin, whose future this waits for. */
  private static <T> T call(
      boolean async, Supplier<T> blocking, Supplier<CompletableFuture<T>> asynchronous)
      throws Throwable {
    if (!async) {
      return blocking.get();
    }
    try {
      return asynchronous.get().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  private static <T> Throwable failure(
      boolean async, Supplier<T> blocking, Supplier<CompletableFuture<T>> asynchronous) {
    try {
      call(async, blocking, asynchronous);
    } catch (Throwable e) {
      return e;
    }
    throw new AssertionError("the call succeeded");
  }

  private static HostileApi hostile(BisnodeClient client) {
    return client.create(HostileApi.class);
  }

  private static GoodApi good(BisnodeClient client) {
    return client.create(GoodApi.class);
  }

  /** A good call, blocking or asynchronous. */
  private static Hello hello(BisnodeClient client, boolean async) throws Throwable {
    GoodApi good = good(client);
    return call(async, good::hello, good::helloAsync);
  }

  /** How a hostile call, blocking or asynchronous, failed. */
  private static Throwable hostileFailure(BisnodeClient client, boolean async) {
    HostileApi hostile = hostile(client);
    return failure(async, hostile::hostile, hostile::hostileAsync);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aBodyDrippedAByteAtATimeIsCutOffAtTheDeadline(boolean async) throws Throwable {
    // Each byte comes well within the 1.5 s timeout; the whole body would take 100 s.
    raw.respond(
        out -> {
          out.write(head(200, "Content-Type: application/json", "Content-Length: 1000"));
          for (int i = 0; i < 1000; i++) {
            out.write(' ');
            out.flush();
            Thread.sleep(100);
          }
        });
    try (BisnodeClient client = client().build()) {
      long start = System.nanoTime();
      Throwable e = hostileFailure(client, async);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertInstanceOf(BisnodeTimeoutException.class, e, String.valueOf(e));
      assertTrue(e.getMessage().contains("GET /hostile"), e.getMessage());
      assertTrue(e.getMessage().contains("1500 ms (responseTimeout)"), e.getMessage());
      assertTrue(millis < 30_000, "ended after " + millis + " ms");
      assertTrue(raw.awaitClosedByClient(), "the connection was closed, not pooled half-read");
      assertEquals(new Hello("world"), hello(client, async));
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aMethodsOwnTimeoutReplacesTheClients(boolean async) throws Throwable {
    raw.respond(
        out -> {
          out.write(head(200, "Content-Type: application/json", "Content-Length: 100"));
          out.flush();
          Thread.sleep(10_000);
        });
    try (BisnodeClient client = client().responseTimeout(Duration.ofSeconds(30)).build()) {
      long start = System.nanoTime();
      HostileApi api = hostile(client);
      Throwable e = failure(async, api::quick, api::quickAsync);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertInstanceOf(BisnodeTimeoutException.class, e, String.valueOf(e));
      assertTrue(e.getMessage().contains("within 500 ms (@Timeout)"), e.getMessage());
      assertTrue(millis < 5_000, "ended after " + millis + " ms");
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aSmallGzipBodyThatInflatesToGigabytesStopsAtTheLimit(boolean async) throws Throwable {
    byte[] bomb = gzipOfZeros(256L * 1024 * 1024); // about 250 KB on the wire
    raw.respond(
        out -> {
          out.write(
              head(
                  200,
                  "Content-Type: application/json",
                  "Content-Encoding: gzip",
                  "Content-Length: " + bomb.length));
          out.write(bomb);
        });
    try (BisnodeClient client = client().maxResponseBytes(1024 * 1024).build()) {
      Throwable e = hostileFailure(client, async);
      assertInstanceOf(BisnodeException.class, e, String.valueOf(e));
      assertTrue(e.getMessage().contains("HostilePeersTest.HostileApi.hostile"), e.getMessage());
      assertTrue(e.getMessage().contains("1048576-byte limit (maxResponseBytes)"), e.getMessage());
      assertEquals(new Hello("world"), hello(client, async));
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aPlainBodyOverTheLimitFailsAndAnErrorBodyIsCut(boolean async) throws Throwable {
    byte[] large = "x".repeat(3 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
    raw.respond(
        out -> {
          out.write(head(200, "Content-Type: application/json", "Content-Length: " + large.length));
          out.write(large);
        });
    try (BisnodeClient client = client().maxResponseBytes(1024 * 1024).build()) {
      Throwable e = hostileFailure(client, async);
      assertTrue(e.getMessage().contains("maxResponseBytes"), String.valueOf(e));

      raw.respond(
          out -> {
            out.write(head(500, "Content-Type: text/plain", "Content-Length: " + large.length));
            out.write(large);
          });
      BisnodeApiException error =
          assertInstanceOf(BisnodeApiException.class, hostileFailure(client, async));
      assertEquals(500, error.status());
      assertEquals(BisnodeApiException.MAX_BODY, error.body().length());
    }
  }

  @Test
  void aConnectionLeftWithUnreadBodyIsDroppedNotDrainedAndReused() throws Throwable {
    // A large error body, then the server hangs up without saying so. Draining the rest to reuse
    // the connection would hand the next call a dead one: a POST, not resent, would fail.
    byte[] large = "e".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
    AtomicInteger served = new AtomicInteger();
    raw.respond( // one request a connection, then the raw server hangs up
        out -> {
          if (served.incrementAndGet() == 1) {
            out.write(status(500, "Content-Type: text/plain", "Content-Length: " + large.length));
            out.write(large);
          } else {
            byte[] ok = "{\"hello\":\"again\"}".getBytes(StandardCharsets.US_ASCII);
            out.write(
                status(200, "Content-Type: application/json", "Content-Length: " + ok.length));
            out.write(ok);
          }
        });
    try (BisnodeClient client = client().maxConnections(1).build()) {
      HostileApi api = hostile(client);
      BisnodeApiException error = assertThrows(BisnodeApiException.class, api::post);
      assertEquals(500, error.status());
      assertEquals(new Hello("again"), api.post("x"));
      assertEquals(2, served.get(), "each call had a connection of its own");
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void anUnknownCharsetIsReadAsUtf8OnBothPaths(boolean async) throws Throwable {
    byte[] body = "{\"hello\":\"Göteborg\"}".getBytes(StandardCharsets.UTF_8);
    raw.respond(
        out -> {
          out.write(
              head(
                  200,
                  "Content-Type: application/json; charset=x-no-such-charset",
                  "Content-Length: " + body.length));
          out.write(body);
        });
    try (BisnodeClient client = client().build()) {
      HostileApi api = hostile(client);
      assertEquals(new Hello("Göteborg"), call(async, api::hostile, api::hostileAsync));
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void jsonNestedThousandsDeepIsABisnodeExceptionNotAStackOverflow(boolean async) throws Throwable {
    byte[] body = "[".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
    raw.respond(
        out -> {
          out.write(head(200, "Content-Type: application/json", "Content-Length: " + body.length));
          out.write(body);
        });
    try (BisnodeClient client = client().build()) {
      Throwable e = hostileFailure(client, async);
      assertInstanceOf(BisnodeException.class, e, String.valueOf(e));
      assertTrue(e.getMessage().contains("HostilePeersTest.HostileApi.hostile"), e.getMessage());
    }
  }

  @Test
  void aCallerInterruptedWhileItWaitsForATokenEndsPromptlyWithItsFlagSet() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    tokens.on(
        "/token",
        r -> {
          arrived.countDown();
          release.await(20, TimeUnit.SECONDS);
          return Reply.json(200, "{\"access_token\":\"late\",\"expires_in\":3600}");
        });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (BisnodeClient client = client().responseTimeout(Duration.ofSeconds(30)).build()) {
      GoodApi api = good(client);
      TokenCache cache = client.tokenCache("bci");
      // The first caller leads the token request, the second joins it; both are interrupted.
      AtomicReference<Thread> leader = new AtomicReference<>();
      AtomicReference<Thread> joiner = new AtomicReference<>();
      Future<Throwable> first = pool.submit(() -> interruptedCall(api, leader));
      assertTrue(arrived.await(10, TimeUnit.SECONDS));
      Future<Throwable> second = pool.submit(() -> interruptedCall(api, joiner));
      while (joiner.get() == null || cache.waitingCallers() < 2) {
        Thread.sleep(1);
      }
      long start = System.nanoTime();
      leader.get().interrupt();
      joiner.get().interrupt();
      for (Future<Throwable> outcome : java.util.List.of(first, second)) {
        Throwable e = outcome.get(5, TimeUnit.SECONDS);
        assertInstanceOf(BisnodeException.class, e, String.valueOf(e));
        assertInstanceOf(InterruptedException.class, e.getCause(), String.valueOf(e));
        assertTrue(e.getMessage().contains("flag=true"), e.getMessage());
      }
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
      // The token request goes on for whoever calls next.
      release.countDown();
      assertEquals(new Hello("world"), api.hello());
      assertEquals(1, tokens.received("/token").size());
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  /** Calls, and answers the failure with the thread's interrupt flag noted in its message. */
  private static Throwable interruptedCall(GoodApi api, AtomicReference<Thread> self) {
    self.set(Thread.currentThread());
    try {
      api.hello();
      return new AssertionError("the call succeeded");
    } catch (BisnodeException e) {
      boolean flag = Thread.interrupted();
      return new BisnodeException(e.getMessage() + " flag=" + flag, e.getCause());
    }
  }

  @Test
  void aCallerInterruptedDuringARetrysBackoffEndsPromptly() throws Exception {
    tokens.on("/api/busy", r -> new Reply(503, Map.of("Retry-After", "20"), new byte[0]));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (BisnodeClient client = client().retryAfterCap(Duration.ofSeconds(20)).build()) {
      GoodApi api = good(client);
      AtomicReference<Thread> caller = new AtomicReference<>();
      Future<Throwable> outcome =
          pool.submit(
              () -> {
                caller.set(Thread.currentThread());
                try {
                  api.busy();
                  return null;
                } catch (BisnodeException e) {
                  return Thread.interrupted() ? e : new AssertionError("flag not set", e);
                }
              });
      while (tokens.received("/api/busy").isEmpty() || caller.get() == null) {
        Thread.sleep(1);
      }
      Thread.sleep(50); // into the 20 s wait
      caller.get().interrupt();
      Throwable e = outcome.get(5, TimeUnit.SECONDS);
      assertInstanceOf(BisnodeException.class, e, String.valueOf(e));
      assertInstanceOf(InterruptedException.class, e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void cancellingAnAsyncCallAbortsTheExchangeAndFreesItsConnection() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    AtomicInteger held = new AtomicInteger();
    tokens.on(
        "/api/held",
        r -> {
          held.incrementAndGet();
          arrived.countDown();
          Thread.sleep(10_000);
          return Reply.json(200, "{\"hello\":\"late\"}");
        });
    try (BisnodeClient client =
        client().responseTimeout(Duration.ofSeconds(30)).maxConnections(1).build()) {
      GoodApi api = good(client);
      client.tokenCache("bci").token();
      CompletableFuture<Hello> future = api.heldAsync();
      assertTrue(arrived.await(10, TimeUnit.SECONDS));
      assertTrue(future.cancel(true));
      // The one connection the client may open is free again at once, not in 10 s.
      long start = System.nanoTime();
      assertEquals(new Hello("world"), api.helloAsync().get(5, TimeUnit.SECONDS));
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
      assertEquals(1, held.get(), "the cancelled call was not sent again");
    }
  }

  /** What a blocking call on its own thread ended with, and its interrupt flag just after. */
  private static final class Caller {
    final Thread thread;
    volatile Throwable failure;
    volatile boolean flag;

    Caller(Supplier<?> call) {
      thread =
          new Thread(
              () -> {
                try {
                  call.get();
                  failure = new AssertionError("the call succeeded");
                } catch (Throwable e) {
                  flag = Thread.currentThread().isInterrupted();
                  failure = e;
                }
              },
              "caller");
      thread.start();
    }

    /** Interrupts the caller and waits for it, far less long than the 60 s deadline. */
    Throwable interrupt() throws InterruptedException {
      thread.interrupt();
      thread.join(5_000);
      assertFalse(thread.isAlive(), "the interrupted caller still runs");
      return Objects.requireNonNull(failure);
    }
  }

  /** A response that starts and then stops or drips, on the first connection; good ones after. */
  private static Script firstHostileThenGood(AtomicInteger served, boolean drips, int sent) {
    byte[] ok = "{\"hello\":\"again\"}".getBytes(StandardCharsets.US_ASCII);
    return out -> {
      if (served.incrementAndGet() > 1) {
        out.write(status(200, "Content-Type: application/json", "Content-Length: " + ok.length));
        out.write(ok);
        return;
      }
      if (sent >= 0) {
        // Keep-alive: were the connection pooled half-read, the next call would read the rest.
        out.write(status(200, "Content-Type: application/json", "Content-Length: 100000"));
        out.write("x".repeat(sent).getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      for (int i = 0; i < 600; i++) {
        if (drips) {
          out.write(' ');
          out.flush();
        }
        Thread.sleep(100);
      }
    };
  }

  @ParameterizedTest(name = "{0} while the server {1}")
  @CsvSource({
    "json, sends nothing",
    "string, sends nothing",
    "bytes, sends nothing",
    "json, drips its body",
    "string, drips its body",
    "bytes, drips its body"
  })
  void aCallerInterruptedWhileItReadsAResponseEndsPromptlyAndTheClientGoesOn(
      String returns, String server) throws Throwable {
    boolean drips = server.startsWith("drips");
    AtomicInteger served = new AtomicInteger();
    raw.respond(firstHostileThenGood(served, drips, drips ? 10 : -1));
    try (BisnodeClient client =
        client().responseTimeout(Duration.ofSeconds(60)).maxConnections(1).build()) {
      HostileApi api = hostile(client);
      Supplier<?> slow =
          switch (returns) {
            case "json" -> api::slowJson;
            case "string" -> api::slowString;
            default -> api::slowBytes;
          };
      client.tokenCache("bci").token();
      Caller caller = new Caller(slow);
      assertTrue(raw.awaitRequest(), "the request did not arrive");
      Throwable e = caller.interrupt();
      assertInstanceOf(BisnodeException.class, e, String.valueOf(e));
      assertFalse(e instanceof BisnodeTimeoutException, String.valueOf(e));
      assertInstanceOf(InterruptedException.class, e.getCause(), String.valueOf(e));
      assertTrue(e.getMessage().contains("GET /slow was interrupted"), e.getMessage());
      assertTrue(caller.flag, "the interrupt flag was cleared");
      if (drips) {
        assertTrue(raw.awaitClosedByClient(), "the connection was closed, not pooled half-read");
      }
      // The one connection the client may open is free, and a new one answers the next call.
      assertEquals(new Hello("again"), api.again());
      assertEquals(2, served.get(), "the interrupted call's connection was not reused");
      assertEquals(new Hello("world"), good(client).hello());
    }
  }

  @Test
  void aThreadInterruptedWhileItReadsAStreamedBodyEndsPromptly() throws Throwable {
    AtomicInteger served = new AtomicInteger();
    raw.respond(firstHostileThenGood(served, false, 10));
    try (BisnodeClient client =
        client().responseTimeout(Duration.ofSeconds(60)).maxConnections(1).build()) {
      HostileApi api = hostile(client);
      // The call returns on this thread; another one reads the body, and is interrupted.
      InputStream body = api.stream();
      CountDownLatch started = new CountDownLatch(1);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      AtomicBoolean flag = new AtomicBoolean();
      Thread reader =
          new Thread(
              () -> {
                try (body) {
                  assertEquals(10, body.readNBytes(10).length);
                  started.countDown();
                  body.read(); // the server sends nothing more
                  failure.set(new AssertionError("the read returned"));
                } catch (Throwable e) {
                  flag.set(Thread.currentThread().isInterrupted());
                  failure.compareAndSet(null, e);
                }
              },
              "reader");
      reader.start();
      assertTrue(started.await(10, TimeUnit.SECONDS));
      reader.interrupt();
      reader.join(5_000);
      assertFalse(reader.isAlive(), "the interrupted reader still reads");
      Throwable e = failure.get();
      assertInstanceOf(InterruptedIOException.class, e, String.valueOf(e));
      assertInstanceOf(InterruptedException.class, e.getCause(), String.valueOf(e));
      assertTrue(e.getMessage().contains("GET /stream was interrupted"), e.getMessage());
      assertTrue(flag.get(), "the interrupt flag was cleared");
      assertEquals(new Hello("again"), api.again());
      assertEquals(2, served.get(), "the interrupted stream's connection was not reused");
    }
  }

  @Test
  void aCallerInterruptedBeforeItCallsFailsWithoutSending() throws Exception {
    try (BisnodeClient client = client().build()) {
      GoodApi api = good(client);
      client.tokenCache("bci").token();
      Thread.currentThread().interrupt();
      try {
        BisnodeException e = assertThrows(BisnodeException.class, api::hello);
        assertInstanceOf(InterruptedException.class, e.getCause());
        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag was cleared");
      } finally {
        Thread.interrupted();
      }
      assertTrue(tokens.received("/api/hello").isEmpty(), "the call was sent");
      assertEquals(new Hello("world"), api.hello());
    }
  }

  /** A token endpoint that sends its answer's head, then a byte a tenth of a second. */
  private static Script drippingToken(AtomicInteger served, int goodFirst) {
    byte[] token =
        "{\"access_token\":\"first\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
            .getBytes(StandardCharsets.US_ASCII);
    return out -> {
      if (served.incrementAndGet() <= goodFirst) {
        out.write(head(200, "Content-Type: application/json", "Content-Length: " + token.length));
        out.write(token);
        return;
      }
      out.write(head(200, "Content-Type: application/json", "Content-Length: 1000"));
      for (int i = 0; i < 1000; i++) {
        out.write(' ');
        out.flush();
        Thread.sleep(100);
      }
    };
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aTokenAnswerDrippedAByteAtATimeIsCutOffAtTheDeadline(boolean async) throws Throwable {
    // Each byte comes well within the 1.5 s read timeout; the whole answer would take 100 s.
    AtomicInteger served = new AtomicInteger();
    raw.respond(drippingToken(served, 0));
    try (BisnodeClient client =
        client()
            .tokenUrl(raw.url() + "/token")
            .retryBackoff(Duration.ofSeconds(10), Duration.ofSeconds(30))
            .random(() -> 1.0) // the longest backoff without a token: 2 s
            .build()) {
      GoodApi api = good(client);
      long start = System.nanoTime();
      Throwable e = failure(async, api::hello, api::helloAsync);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      // The cache's backoff: callers get the same failure at once instead of another wait.
      assertSame(e, failure(async, api::hello, api::helloAsync));
      BisnodeAuthException auth =
          assertInstanceOf(BisnodeAuthException.class, e, String.valueOf(e));
      assertTrue(auth.getMessage().contains("1500 ms (responseTimeout)"), auth.getMessage());
      assertInstanceOf(BisnodeTimeoutException.class, auth.getCause(), String.valueOf(e));
      assertEquals(0, auth.status());
      assertTrue(millis < 30_000, "ended after " + millis + " ms");
      assertTrue(raw.awaitClosedByClient(), "the token request's connection was closed");
      assertEquals(1, client.tokenCache("bci").failureStreak());
      assertEquals(1, served.get());
    }
  }

  @Test
  void aTokenRefreshCutOffAtTheDeadlineLeavesTheTokenInHandServing() throws Throwable {
    AtomicInteger served = new AtomicInteger();
    raw.respond(drippingToken(served, 1));
    AtomicLong now = new AtomicLong();
    try (BisnodeClient client =
        client().tokenUrl(raw.url() + "/token").ticker(now::get).proactiveRefresh(false).build()) {
      GoodApi api = good(client);
      assertEquals("first", client.tokenCache("bci").token().value());
      now.addAndGet(Duration.ofSeconds(3600 - 30).toNanos()); // due, not yet expired
      long start = System.nanoTime();
      assertEquals(new Hello("world"), api.hello());
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(millis < 30_000, "ended after " + millis + " ms; the whole answer takes 100 s");
      assertEquals("Bearer first", tokens.last("/api/hello").header("Authorization"));
      assertEquals(1, client.tokenCache("bci").failureStreak());
      assertEquals(2, served.get());
    }
  }

  private static byte[] head(int status, String... headers) {
    StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
    for (String header : headers) {
      text.append(header).append("\r\n");
    }
    text.append("Connection: close\r\n\r\n");
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A status line and headers that leave the connection open, as keep-alive servers do. */
  private static byte[] status(int status, String... headers) {
    StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
    for (String header : headers) {
      text.append(header).append("\r\n");
    }
    return text.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] gzipOfZeros(long size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      byte[] zeros = new byte[64 * 1024];
      for (long written = 0; written < size; written += zeros.length) {
        gzip.write(zeros);
      }
    }
    return bytes.toByteArray();
  }

  /** What the raw server writes after reading a request. */
  @FunctionalInterface
  interface Script {
    void write(OutputStream out) throws Exception;
  }

  /**
   * A server on 127.0.0.1 that answers every connection with a script, byte by byte as the test
   * says: what an HTTP server library would not let a test do wrong enough.
   */
  static final class RawServer implements AutoCloseable {
    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile Script script = out -> {};
    private final CountDownLatch closedByClient = new CountDownLatch(1);
    private final Semaphore requests = new Semaphore(0);

    RawServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      threads.execute(this::accept);
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    void respond(Script script) {
      this.script = script;
    }

    /** Waits for one more request to arrive, its head read. */
    boolean awaitRequest() throws InterruptedException {
      return requests.tryAcquire(10, TimeUnit.SECONDS);
    }

    boolean awaitClosedByClient() throws InterruptedException {
      // generous: on a loaded machine the client's I/O thread may take seconds to close
      return closedByClient.await(30, TimeUnit.SECONDS);
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket connection = socket.accept();
          threads.execute(() -> serve(connection));
        } catch (IOException e) {
          return;
        }
      }
    }

    private void serve(Socket connection) {
      try (connection) {
        InputStream in = connection.getInputStream();
        int matched = 0;
        while (matched < 4) { // up to the blank line that ends the request head
          int b = in.read();
          if (b < 0) {
            return;
          }
          matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
        }
        requests.release();
        script.write(connection.getOutputStream());
        connection.getOutputStream().flush();
      } catch (IOException e) {
        closedByClient.countDown(); // the client went away while we wrote
      } catch (Exception e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
      threads.shutdownNow();
    }
  }
}
