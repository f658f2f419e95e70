package io.github.bisnodeclient.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.bisnodeclient.runtime.BisnodeClient;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a request and its target do that users never reach through generated code: the processor
 * makes every method fill each placeholder of its path, so only hand-written calls can leave one
 * empty; and neither object is handed to users, so only their own descriptions are checked here.
 */
class BisnodeRequestTest {
  private static final String SECRET = "S3cret-Value-Never-Shown";
  private static final String TOKEN = "tok_ZXCVBNMASDFGHJKL";

  interface PersonApi {}

  record Person(String gedi) {}

  private static final Endpoint<Optional<Person>> BY_GEDI =
      Endpoint.get("PersonApi.byGedi", "/persons/{gedi}", Returns.<Person>optional(Person.class));

  private final AtomicInteger received = new AtomicInteger();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private HttpServer server;
  private BisnodeClient client;
  private ApiTarget api;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          received.incrementAndGet();
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    server.createContext(
        "/token",
        exchange -> {
          tokenRequests.incrementAndGet();
          byte[] body =
              ("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    client =
        BisnodeClient.builder()
            .credentials("client-id", SECRET)
            .tokenUrl(url + "/token")
            .baseUrl(url + "/api")
            .build();
    api = ApiTarget.of(client, PersonApi.class, "https://api.bisnode.com/x", "bci");
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void aPlaceholderLeftEmptyIsRefusedBeforeAnythingIsSent() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> api.request(BY_GEDI).execute());
    assertTrue(e.getMessage().contains("{gedi}"), e.getMessage());
    ExecutionException async =
        assertThrows(
            ExecutionException.class,
            () -> api.request(BY_GEDI).executeAsync().get(10, TimeUnit.SECONDS));
    assertInstanceOf(IllegalArgumentException.class, async.getCause());
    assertEquals(0, received.get());
    assertEquals(0, tokenRequests.get());
  }

  @Test
  void describesItselfWithoutValuesTokenOrSecret() {
    assertEquals(TOKEN, api.tokenCache().token().value());
    BisnodeRequest<Optional<Person>> request =
        api.request(BY_GEDI).path("gedi", "191212121212").query("legalId", "191212121212");
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    assertEquals("GET " + url + "/api/persons/{gedi}", request.toString());
    for (String description : new String[] {request.toString(), api.toString()}) {
      assertFalse(description.contains("191212121212"), description);
      assertFalse(description.contains(TOKEN), description);
      assertFalse(description.contains("ZXCVBNM"), description);
      assertFalse(description.contains(SECRET), description);
    }
  }
}
