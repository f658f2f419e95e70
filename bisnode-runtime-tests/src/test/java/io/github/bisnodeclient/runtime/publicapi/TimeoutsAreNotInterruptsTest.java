package io.github.bisnodeclient.runtime.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeException;
import io.github.bisnodeclient.runtime.BisnodeTimeoutException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HttpClient reports its connect, read and pool-wait timeouts as kinds of InterruptedIOException.
 * None of them is an interrupt: the call fails with a BisnodeException whose cause is no
 * InterruptedException, the caller's interrupt flag stays clear, and the client goes on working.
 * Only an interrupt of a blocking caller's own thread is reported as one.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TimeoutsAreNotInterruptsTest {
  record Ticket(String id, int seats) {}

  @BisnodeApi(baseUrl = "https://tickets.example.com/box", scope = "tickets")
  interface TicketApi {
    @Get("/hold")
    Ticket hold();

    @Get("/hold")
    @io.github.bisnodeclient.annotations.Timeout(value = 30, unit = TimeUnit.SECONDS)
    CompletableFuture<Ticket> holdAsync();

    @Get("/ok")
    Ticket ok();

    @Get("/ok")
    CompletableFuture<Ticket> okAsync();

    @Post("/ok")
    Ticket okPost();
  }

  @BisnodeApi(baseUrl = "https://stock.example.com/inv", scope = "inv")
  interface UnreachableApi {
    @Get("/item")
    Ticket item();

    @Get("/item")
    CompletableFuture<Ticket> itemAsync();
  }

  /** A server on 127.0.0.1 that never accepts, its backlog full: new connections time out. */
  static final class Unaccepting implements AutoCloseable {
    final ServerSocket server;
    final List<Socket> fillers = new ArrayList<>();

    Unaccepting() throws IOException {
      server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
      for (int i = 0; i < 4; i++) {
        Socket s = new Socket();
        try {
          s.connect(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 300);
          fillers.add(s);
        } catch (IOException e) {
          s.close();
        }
      }
    }

    String url() {
      return "http://127.0.0.1:" + server.getLocalPort() + "/inv";
    }

    @Override
    public void close() throws IOException {
      for (Socket s : fillers) {
        s.close();
      }
      server.close();
    }
  }

  private static final String TICKET = "{\"id\":\"T-9\",\"seats\":3}";

  private ScriptedServer server;
  private final CountDownLatch holdArrived = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
    server.on(
        "/hold",
        ex -> {
          holdArrived.countDown();
          release.await(30, TimeUnit.SECONDS);
          ScriptedServer.reply(ex, 200, "application/json", TICKET);
        });
    server.on("/ok", ex -> ScriptedServer.reply(ex, 200, "application/json", TICKET));
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.close();
    Thread.interrupted(); // a flag wrongly set fails only the test that set it
  }

  private BisnodeClient unreachable(Unaccepting dead) {
    return server
        .client()
        .baseUrl(UnreachableApi.class, dead.url())
        .connectTimeout(Duration.ofMillis(400))
        .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(20))
        .build();
  }

  // A blocking GET that cannot connect fails (after its retries) with a BisnodeException, not as
  // an interrupt, and the caller's interrupt flag stays clear.
  @Test
  void aConnectTimeoutFailsABlockingCallWithoutInterruptingIt() throws Exception {
    try (Unaccepting dead = new Unaccepting();
        BisnodeClient client = unreachable(dead)) {
      UnreachableApi api = client.create(UnreachableApi.class);
      Throwable failure = assertThrows(Throwable.class, api::item);
      boolean flag = Thread.interrupted();
      assertInstanceOf(BisnodeException.class, failure);
      assertTrue(
          !flag && !(failure.getCause() instanceof InterruptedException),
          "flag " + flag + ", failure " + failure + ", cause " + failure.getCause());
    }
  }

  // The same asynchronously; and the client's asynchronous calls to a server that answers still
  // work afterwards.
  @Test
  void aConnectTimeoutFailsAnAsynchronousCallAndTheClientGoesOnWorking() throws Exception {
    try (Unaccepting dead = new Unaccepting();
        BisnodeClient client = unreachable(dead)) {
      UnreachableApi api = client.create(UnreachableApi.class);
      ExecutionException e =
          assertThrows(ExecutionException.class, () -> api.itemAsync().get(20, TimeUnit.SECONDS));
      String after;
      try {
        after = String.valueOf(client.create(TicketApi.class).okAsync().get(10, TimeUnit.SECONDS));
      } catch (ExecutionException later) {
        after = "failed: " + later.getCause();
      }
      assertEquals(
          String.valueOf(new Ticket("T-9", 3)),
          after,
          "an asynchronous call after the connect timeout (which failed with "
              + e.getCause()
              + ", cause "
              + e.getCause().getCause()
              + ")");
      assertInstanceOf(BisnodeException.class, e.getCause());
      assertFalse(
          e.getCause().getCause() instanceof InterruptedException,
          "failure " + e.getCause() + ", cause " + e.getCause().getCause());
    }
  }

  // connectTimeout bounds a blocking call's wait for a free pooled connection: when it runs out,
  // the call fails with a BisnodeException, not as an interrupt, and the caller's flag stays clear.
  @Test
  void aBlockingCallsWaitForAPooledConnectionEndsWithinConnectTimeout() throws Exception {
    try (BisnodeClient client =
        server
            .client()
            .maxConnections(1)
            .connectTimeout(Duration.ofMillis(700))
            .responseTimeout(Duration.ofSeconds(30))
            .build()) {
      TicketApi api = client.create(TicketApi.class);
      api.ok();
      Thread holder =
          new Thread(
              () -> {
                try {
                  api.hold();
                } catch (RuntimeException e) {
                  // released at the end
                }
              });
      holder.start();
      assertTrue(holdArrived.await(20, TimeUnit.SECONDS));
      Throwable failure = null;
      long t0 = System.nanoTime();
      try {
        api.okPost();
      } catch (Throwable e) {
        failure = e;
      }
      long ms = (System.nanoTime() - t0) / 1_000_000;
      boolean flag = Thread.interrupted();
      release.countDown();
      holder.join(20_000);
      BisnodeException typed = assertInstanceOf(BisnodeException.class, failure);
      assertTrue(ms < 5000, "waited " + ms + " ms");
      assertTrue(
          !flag && !(typed.getCause() instanceof InterruptedException),
          "flag " + flag + ", failure " + typed + ", cause " + typed.getCause());
    }
  }

  // An asynchronous call's wait for a pooled connection counts against its deadline
  // (responseTimeout here): it ends with a BisnodeTimeoutException, not as an interrupt, and the
  // call holding the connection is unharmed.
  @Test
  void anAsynchronousCallsWaitForAPooledConnectionEndsAtItsDeadline() throws Exception {
    try (BisnodeClient client =
        server
            .client()
            .maxConnections(1)
            .connectTimeout(Duration.ofMillis(700))
            .responseTimeout(Duration.ofMillis(1500))
            .build()) {
      TicketApi api = client.create(TicketApi.class);
      api.okAsync().get(10, TimeUnit.SECONDS);
      CompletableFuture<Ticket> held = api.holdAsync(); // its @Timeout: 30 s
      assertTrue(holdArrived.await(20, TimeUnit.SECONDS));
      long t0 = System.nanoTime();
      CompletableFuture<Ticket> waiting = api.okAsync();
      Throwable failure = null;
      try {
        waiting.get(10, TimeUnit.SECONDS);
      } catch (ExecutionException expected) {
        failure = expected.getCause();
      } catch (TimeoutException stillWaiting) {
        fail("the call still waited for a pooled connection 10 s later (responseTimeout 1.5 s)");
      }
      long ms = (System.nanoTime() - t0) / 1_000_000;
      release.countDown();
      assertEquals(new Ticket("T-9", 3), held.get(20, TimeUnit.SECONDS));
      BisnodeTimeoutException timeout =
          assertInstanceOf(BisnodeTimeoutException.class, failure, "failed with " + failure);
      assertTrue(ms < 6000, "waited " + ms + " ms");
      assertFalse(
          timeout.getCause() instanceof InterruptedException,
          "failure " + timeout + ", cause " + timeout.getCause());
    }
  }
}
