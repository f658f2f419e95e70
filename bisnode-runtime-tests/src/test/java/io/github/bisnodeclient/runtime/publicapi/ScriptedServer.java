package io.github.bisnodeclient.runtime.publicapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.bisnodeclient.runtime.BisnodeClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JDK HttpServer on 127.0.0.1 with a token endpoint at {@code /token} and API paths under {@code
 * /api} answered by scripts. The token endpoint issues numbered tokens of a set lifetime, fails
 * with 503, or holds each request until released (then fails it); it records when each request
 * came. Every API request is recorded with the token it carried.
 */
final class ScriptedServer implements AutoCloseable {
  /** Answers one API request; the exchange is closed after it returns or throws. */
  interface Handler {
    void handle(HttpExchange exchange) throws Exception;
  }

  /** What the token endpoint does with a request. */
  enum TokenMode {
    /** Issues a new token of {@link #tokenLifetimeSeconds}. */
    ANSWER,
    /** Fails with 503 {@code temporarily_unavailable}. */
    FAIL,
    /** Holds the request until {@link #release} or the server closes, then fails it with 503. */
    HOLD
  }

  /** An API request: its method, its path under /api and the token it carried ("" for none). */
  record Seen(String method, String path, String token) {}

  private final HttpServer http;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final Map<String, Long> issuedAt = new ConcurrentHashMap<>();
  private final AtomicInteger counter = new AtomicInteger();

  /** Counted down by {@link #release} or when the server closes: held exchanges wait for it. */
  private final CountDownLatch released = new CountDownLatch(1);

  /** Counted down when the first token request arrives. */
  final CountDownLatch firstTokenRequest = new CountDownLatch(1);

  /** When each token request arrived, by System.nanoTime(). */
  final List<Long> tokenRequestTimes = new CopyOnWriteArrayList<>();

  final List<Seen> seen = new CopyOnWriteArrayList<>();

  volatile TokenMode tokenMode = TokenMode.ANSWER;
  volatile double tokenLifetimeSeconds = 3600;

  ScriptedServer() throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.setExecutor(threads);
    http.createContext("/token", this::token);
    http.createContext("/api", this::api);
    http.start();
  }

  String url() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  /** A client builder with this server's token endpoint and {@code /api} as every API's base. */
  BisnodeClient.Builder client() {
    return BisnodeClient.builder()
        .credentials("client-id", "client-secret")
        .tokenUrl(url() + "/token")
        .baseUrl(url() + "/api");
  }

  /**
   * Answers requests to {@code path} (under {@code /api}) with {@code handler}.
   *
   * @return this server
   */
  ScriptedServer on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  /** Whether this server issued {@code token}. */
  boolean issued(String token) {
    return issuedAt.containsKey(token);
  }

  /** When this server issued {@code token}, by System.nanoTime(). */
  long issuedAt(String token) {
    Long at = issuedAt.get(token);
    if (at == null) {
      throw new IllegalArgumentException("not issued here: " + token);
    }
    return at;
  }

  /** The token the last API request carried. */
  String lastToken() {
    return seen.get(seen.size() - 1).token();
  }

  /**
   * Holds the calling script until {@link #release} or the server closes, at most {@code seconds}.
   */
  void awaitRelease(long seconds) throws InterruptedException {
    released.await(seconds, TimeUnit.SECONDS);
  }

  /** Lets held exchanges (and held token requests) go on. */
  void release() {
    released.countDown();
  }

  private void token(HttpExchange exchange) {
    try {
      tokenRequestTimes.add(System.nanoTime());
      firstTokenRequest.countDown();
      exchange.getRequestBody().readAllBytes();
      TokenMode mode = tokenMode;
      if (mode == TokenMode.HOLD) {
        try {
          awaitRelease(30);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (mode != TokenMode.ANSWER) {
        reply(exchange, 503, "application/json", "{\"error\":\"temporarily_unavailable\"}");
        return;
      }
      String token = "token-" + counter.incrementAndGet();
      double lifetime = tokenLifetimeSeconds;
      issuedAt.put(token, System.nanoTime());
      reply(
          exchange,
          200,
          "application/json",
          "{\"access_token\":\""
              + token
              + "\",\"token_type\":\"Bearer\",\"expires_in\":"
              + lifetime
              + "}");
    } catch (IOException e) {
      // the client went away
    } finally {
      exchange.close();
    }
  }

  private void api(HttpExchange exchange) {
    try {
      try (InputStream in = exchange.getRequestBody()) {
        in.readAllBytes();
      }
      String path = exchange.getRequestURI().getRawPath().substring("/api".length());
      seen.add(new Seen(exchange.getRequestMethod(), path, bearer(exchange)));
      Handler handler = handlers.get(exchange.getRequestMethod() + " " + path);
      if (handler == null) {
        handler = handlers.get(path);
      }
      if (handler == null) {
        reply(exchange, 404, "application/json", "{\"message\":\"no such path\"}");
      } else {
        handler.handle(exchange);
      }
    } catch (Exception e) {
      // the client went away, or the script ended the exchange
    } finally {
      exchange.close();
    }
  }

  /** The token a request carried, "" for none. */
  static String bearer(HttpExchange exchange) {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    return auth == null ? "" : auth.replaceFirst("^Bearer ", "");
  }

  /** Sends {@code body} as the whole response. */
  static void reply(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    released.countDown();
    http.stop(0);
    threads.shutdownNow();
  }
}
