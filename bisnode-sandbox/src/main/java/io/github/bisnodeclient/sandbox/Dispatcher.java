package io.github.bisnodeclient.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every request's way through the sandbox: record, count, apply the fault switches, then the token
 * endpoint, or routing, bearer check and an API handler.
 */
final class Dispatcher implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

  private final TokenEndpoint tokenEndpoint;
  private final Router router;
  private final BearerCheck bearer;
  private final SandboxFaults faults;
  private final Traffic traffic;
  private final SandboxClock clock;

  Dispatcher(
      TokenEndpoint tokenEndpoint,
      Router router,
      BearerCheck bearer,
      SandboxFaults faults,
      Traffic traffic,
      SandboxClock clock) {
    this.tokenEndpoint = tokenEndpoint;
    this.router = router;
    this.bearer = bearer;
    this.faults = faults;
    this.traffic = traffic;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      SandboxRequest request = SandboxRequest.read(exchange, clock.now());
      traffic.record(request.record());
      if (TokenEndpoint.isTokenPath(request.path())) {
        token(exchange, request);
      } else {
        api(exchange, request);
      }
    } finally {
      exchange.close();
    }
  }

  private void token(HttpExchange exchange, SandboxRequest request) throws IOException {
    traffic.tokenRequestStarted();
    SandboxResponse response;
    try {
      if (faults.takeTokenDrop()) {
        return; // closing the exchange unanswered drops the connection
      }
      pause(faults.tokenDelay());
      SandboxFaults.TokenFailure failure = faults.takeTokenFailure();
      response = failure != null ? TokenEndpoint.failure(failure) : tokenEndpoint.handle(request);
    } finally {
      // Done before the answer leaves, so that a client's next request never overlaps this one.
      traffic.tokenRequestDone();
    }
    send(exchange, response);
  }

  private void api(HttpExchange exchange, SandboxRequest request) throws IOException {
    traffic.apiRequest();
    if (faults.takeApiDrop()) {
      return;
    }
    pause(faults.apiDelay());
    SandboxResponse response;
    try {
      response = answer(request);
    } catch (ApiError e) {
      response =
          SandboxResponse.json(
                  e.status(),
                  ErrorBodies.api(e.status(), e.getMessage(), e.subErrors(), clock.now()))
              .withHeaders(e.headers());
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Sandbox failed on " + request.path(), e);
      response =
          SandboxResponse.json(
              500, ErrorBodies.api(500, "Internal error: " + e, List.of(), clock.now()));
    }
    send(exchange, response);
  }

  private SandboxResponse answer(SandboxRequest request) {
    SandboxFaults.ApiFailure failure = faults.takeApiFailure();
    if (failure != null) {
      throw new ApiError(
          failure.status(),
          failure.status() == 429
              ? "Rate limit exceeded; retry later"
              : "The service is temporarily unable to answer",
          List.of(),
          failure.retryAfterSeconds() < 0
              ? Map.of()
              : Map.of("Retry-After", Integer.toString(failure.retryAfterSeconds())));
    }
    Router.Match match = router.find(request.method(), request.path());
    request.clientId(bearer.authorize(request.header("Authorization"), match.route().scope()));
    request.pathParams(match.params());
    return match.route().handler().handle(request);
  }

  private static void send(HttpExchange exchange, SandboxResponse response) throws IOException {
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    byte[] body = response.body();
    boolean bodyless = body.length == 0 || response.status() == 204 || response.status() == 304;
    exchange.sendResponseHeaders(response.status(), bodyless ? -1 : body.length);
    if (!bodyless) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void pause(@Nullable Duration delay) {
    if (delay == null || delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
