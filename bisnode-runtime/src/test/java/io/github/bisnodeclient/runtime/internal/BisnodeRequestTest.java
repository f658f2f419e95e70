package io.github.bisnodeclient.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.bisnodeclient.runtime.BisnodeClient;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What a request refuses although generated code never asks it: the processor makes every method
 * fill each placeholder of its path, so only hand-written calls can leave one empty.
 */
class BisnodeRequestTest {
  interface PersonApi {}

  record Person(String gedi) {}

  private static final Endpoint<Optional<Person>> BY_GEDI =
      Endpoint.get("PersonApi.byGedi", "/persons/{gedi}", Returns.<Person>optional(Person.class));

  @Test
  void aPlaceholderLeftEmptyIsRefusedBeforeAnythingIsSent() throws Exception {
    AtomicInteger received = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          received.incrementAndGet();
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    try (BisnodeClient client =
        BisnodeClient.builder()
            .credentials("client-id", "client-secret")
            .tokenUrl(url + "/token")
            .baseUrl(url + "/api")
            .build()) {
      ApiTarget api = ApiTarget.of(client, PersonApi.class, "https://api.bisnode.com/x", "bci");
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> api.request(BY_GEDI).execute());
      assertTrue(e.getMessage().contains("{gedi}"), e.getMessage());
      ExecutionException async =
          assertThrows(
              ExecutionException.class,
              () -> api.request(BY_GEDI).executeAsync().get(10, TimeUnit.SECONDS));
      assertInstanceOf(IllegalArgumentException.class, async.getCause());
    } finally {
      server.stop(0);
    }
    assertEquals(0, received.get());
  }
}
