package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Post;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Servers and load balancers close keep-alive connections that sit idle, and some close a
 * connection right after answering, without saying so: a call must not fail because the connection
 * it was given from the pool had been closed by the server in the meantime.
 */
class StaleConnectionTest {
  @BisnodeApi(baseUrl = "https://x.invalid/api", scope = "bci")
  interface HelloApi {
    @Get("/hello")
    Hello hello();

    @Get("/hello")
    CompletableFuture<Hello> helloAsync();

    @Post("/hello")
    Hello postHello(@Body Object body);

    @Post("/hello")
    CompletableFuture<Hello> postHelloAsync(@Body Object body);

    @Get("/slow")
    CompletableFuture<Hello> slowAsync();
  }

  record Hello(String hello) {}

  /**
   * Longer than the idle time after which the blocking client checks a pooled connection before
   * sending on it: 500 ms, as the README says.
   */
  private static final Duration QUIET = Duration.ofMillis(500 + 100);

  private LocalServer tokens;
  private KeepAliveServer server;
  private final List<BisnodeListener.CallEvent> calls = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    tokens = new LocalServer();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    tokens.close();
  }

  private BisnodeClient client() {
    return tokens
        .client()
        .baseUrl(server.url("/api"))
        .listener(
            new BisnodeListener() {
              @Override
              public void onCall(CallEvent event) {
                calls.add(event);
              }
            })
        .build();
  }

  @Test
  void blockingCallsAfterAQuietSpellUseANewConnectionWhenTheServerClosedThePooledOne()
      throws Exception {
    server = new KeepAliveServer(true);
    try (BisnodeClient client = client()) {
      HelloApi api = client.create(HelloApi.class);
      assertEquals(new Hello("GET"), api.hello());
      server.awaitClosed();
      Thread.sleep(QUIET.toMillis());

      // A POST is never sent twice, so it must not be given the connection the server closed.
      assertEquals(new Hello("POST"), api.postHello("x"));
      server.awaitClosed();
      Thread.sleep(QUIET.toMillis());
      assertEquals(new Hello("GET"), api.hello());

      assertEquals(List.of("GET", "POST", "GET"), server.methods("/api/hello"));
      assertEquals(3, server.connections());
      for (BisnodeListener.CallEvent call : calls) {
        assertNull(call.failure());
        assertEquals(1, call.attempts(), call.verb() + " needed more than one attempt");
      }
    }
  }

  @Test
  void anAsyncPostGivenAConnectionTheServerClosedWhileTheIoThreadWasBusySucceeds()
      throws Exception {
    server = new KeepAliveServer(false);
    try (BisnodeClient client = client()) {
      HelloApi api = client.create(HelloApi.class);
      Hello hello = whileTheIoThreadIsBusy(client, api, () -> api.postHelloAsync(1));
      assertEquals(new Hello("POST"), hello);
      assertEquals(List.of("GET", "POST"), server.methods("/api/hello"));
      BisnodeListener.CallEvent post = calls.get(calls.size() - 1);
      assertNull(post.failure());
      assertEquals(1, post.attempts(), "the closed connection was not found before sending");
    }
  }

  @Test
  void anAsyncGetGivenAConnectionTheServerClosedWhileTheIoThreadWasBusyIsSentOnce()
      throws Exception {
    server = new KeepAliveServer(false);
    try (BisnodeClient client = client()) {
      HelloApi api = client.create(HelloApi.class);
      Hello hello = whileTheIoThreadIsBusy(client, api, api::helloAsync);
      assertEquals(new Hello("GET"), hello);
      assertEquals(List.of("GET", "GET"), server.methods("/api/hello"));
      BisnodeListener.CallEvent get = calls.get(calls.size() - 1);
      assertNull(get.failure());
      // Not one failed attempt and a backoff first: the GET went out on a live connection.
      assertEquals(1, get.attempts(), "the closed connection was not found before sending");
    }
  }

  /**
   * The load-run case: a connection goes back to the pool, the server closes it, and the next call
   * takes it from the pool at once, before the client's one I/O thread, busy with another response,
   * has read the server's close.
   */
  private Hello whileTheIoThreadIsBusy(
      BisnodeClient client, HelloApi api, Supplier<CompletableFuture<Hello>> call)
      throws Exception {
    client.tokenCache("bci").token();
    // A slow call holds a connection of its own, so that the next call opens another one.
    CompletableFuture<Hello> slow = api.slowAsync();
    server.awaitRequest("/api/slow");
    assertEquals(new Hello("GET"), api.helloAsync().get(10, TimeUnit.SECONDS));
    int pooled = server.lastConnection("/api/hello");

    // The slow call's answer is handled on the I/O thread; hold it there.
    CountDownLatch ioHeld = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> held =
        slow.thenRun(
            () -> {
              ioHeld.countDown();
              try {
                release.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    server.answerSlow();
    assertTrue(ioHeld.await(10, TimeUnit.SECONDS), "the slow answer did not arrive");
    server.closeConnection(pooled);
    CompletableFuture<Hello> result = call.get();
    release.countDown();
    held.get(10, TimeUnit.SECONDS);
    return result.get(10, TimeUnit.SECONDS);
  }

  /**
   * A raw HTTP/1.1 server on 127.0.0.1 that keeps connections open, and closes them the way real
   * servers do: without a {@code Connection: close} header, either right after answering or when
   * told to.
   */
  static final class KeepAliveServer implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    record Request(int connection, String method, String path) {}

    private final ServerSocket socket;
    private final boolean closeAfterAnswer;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<Integer, Socket> open = new ConcurrentHashMap<>();
    private final Semaphore closed = new Semaphore(0);
    private final Semaphore arrived = new Semaphore(0);
    private final AtomicInteger connections = new AtomicInteger();
    private volatile CountDownLatch slow = new CountDownLatch(1);

    KeepAliveServer(boolean closeAfterAnswer) throws IOException {
      this.closeAfterAnswer = closeAfterAnswer;
      this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      thread(this::accept).start();
    }

    private static Thread thread(Runnable task) {
      Thread thread =
          new Thread(task, LocalServer.THREAD_PREFIX + "raw-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }

    String url(String path) {
      return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    int connections() {
      return connections.get();
    }

    List<String> methods(String path) {
      return requests.stream().filter(r -> r.path().equals(path)).map(Request::method).toList();
    }

    int lastConnection(String path) {
      List<Request> matching = requests.stream().filter(r -> r.path().equals(path)).toList();
      return matching.get(matching.size() - 1).connection();
    }

    void awaitClosed() throws InterruptedException {
      assertTrue(closed.tryAcquire(10, TimeUnit.SECONDS), "the server closed no connection");
    }

    void awaitRequest(String path) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (requests.stream().noneMatch(r -> r.path().equals(path))) {
        assertTrue(System.nanoTime() < deadline, path + " did not arrive");
        arrived.tryAcquire(10, TimeUnit.MILLISECONDS);
      }
    }

    void answerSlow() {
      CountDownLatch answer = slow;
      slow = new CountDownLatch(1);
      answer.countDown();
    }

    /** Closes a connection that waits for its next request, as an idle timeout would. */
    void closeConnection(int connection) throws IOException {
      Socket client = open.remove(connection);
      assertTrue(client != null, "connection " + connection + " is not open");
      client.close();
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket client = socket.accept();
          int id = connections.incrementAndGet();
          open.put(id, client);
          thread(() -> serve(id, client)).start();
        } catch (IOException e) {
          return;
        }
      }
    }

    private void serve(int id, Socket client) {
      try (client) {
        InputStream in = new BufferedInputStream(client.getInputStream());
        OutputStream out = client.getOutputStream();
        while (true) {
          String line = readLine(in);
          if (line == null) {
            return;
          }
          String[] start = line.split(" ");
          long length = 0;
          for (String header = readLine(in); header != null && !header.isEmpty(); ) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
              length = Long.parseLong(header.substring(15).trim());
            }
            header = readLine(in);
          }
          in.readNBytes((int) length);
          String path = start[1];
          requests.add(new Request(id, start[0], path));
          arrived.release();
          if (path.equals("/api/slow")) {
            slow.await(10, TimeUnit.SECONDS);
          }
          byte[] body = ("{\"hello\":\"" + start[0] + "\"}").getBytes(StandardCharsets.UTF_8);
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + body.length
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          out.write(body);
          out.flush();
          if (closeAfterAnswer) {
            open.remove(id);
            client.close();
            closed.release();
            return;
          }
        }
      } catch (IOException e) {
        // Closed by closeConnection or by the client.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        open.remove(id);
      }
    }

    /** One header line without its CRLF, or null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          String text = line.toString(StandardCharsets.US_ASCII);
          return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }
        line.write(b);
      }
      return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // Already closed.
      }
      for (Socket client : open.values()) {
        try {
          client.close();
        } catch (IOException e) {
          // Already closed.
        }
      }
    }
  }
}
