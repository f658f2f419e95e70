package io.github.bisnodeclient.runtime;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 and an ephemeral port, recording what arrives. */
final class LocalServer implements AutoCloseable {
  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** One request as it arrived. */
  record Received(String method, String rawUri, Headers headers, String body) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** What a handler answers. */
  record Reply(int status, Map<String, String> headers, byte[] body) {
    static Reply json(int status, String json) {
      return new Reply(
          status,
          Map.of("Content-Type", "application/json"),
          json.getBytes(StandardCharsets.UTF_8));
    }

    static Reply empty(int status) {
      return new Reply(status, Map.of(), new byte[0]);
    }
  }

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Received request) throws Exception;
  }

  private final HttpServer server;

  /** Server threads carry this prefix, so tests can tell them from the client's. */
  static final String THREAD_PREFIX = "local-server-";

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, THREAD_PREFIX + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private volatile int tokenLifetimeSeconds = 3600;

  LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    on(
        "/token",
        request -> {
          int n = tokenRequests.incrementAndGet();
          return Reply.json(
              200,
              "{\"access_token\":\"token-"
                  + n
                  + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                  + tokenLifetimeSeconds
                  + "}");
        });
    server.start();
  }

  LocalServer on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  LocalServer tokenLifetime(int seconds) {
    this.tokenLifetimeSeconds = seconds;
    return this;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  int tokenRequests() {
    return tokenRequests.get();
  }

  List<Received> received(String path) {
    return received.getOrDefault(path, List.of());
  }

  Received last(String path) {
    List<Received> all = received(path);
    return all.get(all.size() - 1);
  }

  /** A client of this server with the given credentials. */
  BisnodeClient.Builder client() {
    return BisnodeClient.builder()
        .credentials("client-id", "client-secret")
        .tokenUrl(url("/token"))
        .baseUrl(url("/api"));
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Received request =
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath()
                  + (exchange.getRequestURI().getRawQuery() == null
                      ? ""
                      : "?" + exchange.getRequestURI().getRawQuery()),
              exchange.getRequestHeaders(),
              body);
      received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(request);
      Handler handler = handlers.get(path);
      Reply reply;
      try {
        reply =
            handler == null
                ? Reply.json(404, "{\"message\":\"no such path\"}")
                : handler.handle(request);
      } catch (Exception e) {
        reply = Reply.json(500, "{\"message\":\"" + e + "\"}");
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      if (reply.body().length == 0) {
        exchange.sendResponseHeaders(reply.status(), -1);
      } else {
        exchange.sendResponseHeaders(reply.status(), reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(reply.body());
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
