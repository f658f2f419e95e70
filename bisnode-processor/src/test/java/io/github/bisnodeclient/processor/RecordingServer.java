package io.github.bisnodeclient.processor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Bisnode on 127.0.0.1 with an ephemeral port: {@code /token} hands out the access token
 * {@code t1}; {@code /api/...} records each request exactly as it arrived and answers with the
 * response a test set.
 */
final class RecordingServer implements AutoCloseable {
  static {
    // Without it the JDK server waits on delayed ACKs: about 44 ms a request on loopback.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** One API request as it arrived: raw path and query, lower-case header names, body text. */
  record Recorded(String method, String uri, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : String.join(",", values);
    }
  }

  /** What the API answers next. */
  record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
    Reply(int status, String contentType, byte[] body) {
      this(status, contentType, body, Map.of());
    }

    static Reply json(int status, String json) {
      return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** The same answer with one more response header. */
    Reply withHeader(String name, String value) {
      Map<String, String> all = new TreeMap<>(headers);
      all.put(name, value);
      return new Reply(status, contentType, body, all);
    }
  }

  private final HttpServer server;
  private final BlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private volatile Reply reply = Reply.json(200, "{}");
  private final BlockingQueue<Reply> firstReplies = new LinkedBlockingQueue<>();

  RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/token", this::token);
    server.createContext("/api", this::api);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void reply(Reply next) {
    reply = next;
  }

  /** Answers the next requests with {@code first}, one each, and then as {@link #reply} said. */
  void replyFirst(Reply... first) {
    firstReplies.addAll(List.of(first));
  }

  /** How many API requests arrived and were not taken yet. */
  int pending() {
    return requests.size();
  }

  void replyJson(int status, String json) {
    reply = Reply.json(status, json);
  }

  /** The next recorded API request, waiting briefly for asynchronous calls. */
  Recorded take() throws InterruptedException {
    Recorded request = requests.poll(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no API request arrived");
    }
    return request;
  }

  /** Forgets recorded requests and answers {@code 200 {}} again. */
  void reset() {
    requests.clear();
    firstReplies.clear();
    reply = Reply.json(200, "{}");
  }

  int tokenRequests() {
    return tokenRequests.get();
  }

  private void token(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    tokenRequests.incrementAndGet();
    send(
        exchange,
        Reply.json(200, "{\"access_token\":\"t1\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
  }

  private void api(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String query = exchange.getRequestURI().getRawQuery();
    String uri = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
    Map<String, List<String>> headers = new TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    requests.add(new Recorded(exchange.getRequestMethod(), uri, headers, body));
    Reply first = firstReplies.poll();
    send(exchange, first != null ? first : reply);
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    if (reply.contentType() != null) {
      exchange.getResponseHeaders().add("Content-Type", reply.contentType());
    }
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    boolean empty = reply.body().length == 0;
    exchange.sendResponseHeaders(reply.status(), empty ? -1 : reply.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(reply.body());
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
