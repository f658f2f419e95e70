package io.github.bisnodeclient.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one server every contender talks to: the JDK's HTTP server on 127.0.0.1, answering {@code
 * POST /token} with a fixed token and {@code GET /person/search} with {@link Fixtures#SEARCH_BODY}
 * to a request that carries that token as a bearer (401 otherwise). {@code GET /slow/person/search}
 * holds its answer for {@link #HOLD_MILLIS} ms without holding a thread, so a thousand calls can
 * wait at once.
 *
 * <p>The benchmark driver runs it in a process of its own ({@link #main}), so that neither its
 * threads nor its allocations are counted against a client.
 */
public final class LoopbackServer implements AutoCloseable {
  /** How long {@code /slow/person/search} holds each answer. */
  public static final int HOLD_MILLIS = 100;

  /** The line {@link #main} prints once it listens, followed by the port. */
  static final String READY = "LOOPBACK-SERVER-LISTENING ";

  /** A server left behind by a crashed driver stops by itself after this long. */
  private static final long MAX_LIFETIME_MINUTES = 60;

  private static final String BEARER = "Bearer " + Fixtures.TOKEN;

  private final HttpServer server;
  private final ExecutorService handlers;
  private final ScheduledExecutorService holder;

  private LoopbackServer(int port, int threads) throws IOException {
    // Before the first HttpServer exists, or every answer waits on a delayed ACK (DESIGN.md).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    // It keeps at most 200 idle connections by default and closes the rest as soon as they go
    // idle: a pool of 1,000 would then find most of its connections closed under it.
    System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
    AtomicInteger counter = new AtomicInteger();
    this.handlers =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "loopback-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.holder =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "loopback-hold");
              thread.setDaemon(true);
              return thread;
            });
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
    server.setExecutor(handlers);
    server.createContext("/token", this::token);
    server.createContext("/person/search", exchange -> search(exchange, false));
    server.createContext("/slow/person/search", exchange -> search(exchange, true));
    server.start();
  }

  /**
   * Starts a server on 127.0.0.1.
   *
   * @param port the port, 0 for a free one
   * @param threads handler threads
   * @return the running server
   * @throws IOException if the port cannot be bound
   */
  public static LoopbackServer start(int port, int threads) throws IOException {
    return new LoopbackServer(port, threads);
  }

  /**
   * The port it listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  private void token(HttpExchange exchange) throws IOException {
    drain(exchange);
    if (!"POST".equals(exchange.getRequestMethod())) {
      respond(exchange, 405, new byte[0]);
      return;
    }
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    respond(exchange, 200, Fixtures.TOKEN_BODY);
  }

  private void search(HttpExchange exchange, boolean hold) throws IOException {
    drain(exchange);
    if (!BEARER.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      respond(exchange, 401, new byte[0]);
      return;
    }
    if (!hold) {
      respond(exchange, 200, Fixtures.SEARCH_BODY);
      return;
    }
    // The exchange stays open after the handler returns; the scheduler answers it later.
    var unused =
        holder.schedule(
            () -> {
              try {
                respond(exchange, 200, Fixtures.SEARCH_BODY);
              } catch (IOException e) {
                exchange.close();
              }
            },
            HOLD_MILLIS,
            TimeUnit.MILLISECONDS);
  }

  private static void drain(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    if (body.length > 0) {
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    holder.shutdownNow();
    handlers.shutdownNow();
  }

  /**
   * Runs the server until standard input ends (the driver closes it, or dies) or an hour passes.
   *
   * @param args {@code [port [threads]]}
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    PrintStream out = System.out;
    try (LoopbackServer server = start(port, threads)) {
      out.println(READY + server.port());
      out.flush();
      Thread watcher =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                  while (in.readLine() != null) {
                    // nothing to read: the end of input is the signal
                  }
                } catch (IOException e) {
                  // the driver is gone: stop too
                }
              },
              "stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
      watcher.join(TimeUnit.MINUTES.toMillis(MAX_LIFETIME_MINUTES));
    }
  }
}
