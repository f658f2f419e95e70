package io.github.bisnodeclient.runtime.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.annotations.Timeout;
import io.github.bisnodeclient.runtime.BisnodeClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A @Timeout longer than the client's responseTimeout is the method's deadline: an answer that
 * takes longer than responseTimeout but comes within the method's @Timeout is the call's result,
 * blocking and asynchronous, for a GET and for a POST (which is never retried, so no retry can
 * stand in for the answer).
 */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class MethodTimeoutTest {
  record Quote(String symbol, int price) {}

  @BisnodeApi(baseUrl = "https://quotes.example.com/api", scope = "quotes")
  interface QuoteApi {
    @Get("/report")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    Quote longReport();

    @Get("/report")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    CompletableFuture<Quote> longReportAsync();

    @Post("/report")
    @Timeout(value = 10_000, unit = TimeUnit.MILLISECONDS)
    Quote longReportPost();
  }

  private static final String QUOTE = "{\"symbol\":\"ACME\",\"price\":4711}";

  private ScriptedServer server;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
    // Silent for 1.8 s, then answers at once: longer than responseTimeout (1 s), well within the
    // methods' @Timeout (10 s).
    server.on(
        "/report",
        ex -> {
          Thread.sleep(1800);
          ScriptedServer.reply(ex, 200, "application/json", QUOTE);
        });
  }

  @AfterEach
  void stop() {
    server.close();
    Thread.interrupted(); // a flag wrongly set fails only the test that set it
  }

  private BisnodeClient client() {
    return server.client().responseTimeout(Duration.ofSeconds(1)).build();
  }

  @Test
  void aLongerMethodTimeoutLetsABlockingGetOutlastResponseTimeout() {
    try (BisnodeClient client = client()) {
      assertEquals(new Quote("ACME", 4711), client.create(QuoteApi.class).longReport());
    }
  }

  @Test
  void aLongerMethodTimeoutLetsABlockingPostOutlastResponseTimeout() {
    try (BisnodeClient client = client()) {
      assertEquals(new Quote("ACME", 4711), client.create(QuoteApi.class).longReportPost());
    }
  }

  @Test
  void aLongerMethodTimeoutLetsAnAsynchronousGetOutlastResponseTimeout() throws Exception {
    try (BisnodeClient client = client()) {
      assertEquals(
          new Quote("ACME", 4711),
          client.create(QuoteApi.class).longReportAsync().get(20, TimeUnit.SECONDS));
    }
  }

  // Whatever such a call ends with, the caller's interrupt flag stays clear: nothing interrupted
  // it.
  @Test
  void aCallOutlastingResponseTimeoutLeavesTheInterruptFlagClear() {
    try (BisnodeClient client = client()) {
      Exception failure = null;
      try {
        client.create(QuoteApi.class).longReportPost();
      } catch (RuntimeException e) {
        failure = e;
      }
      boolean flag = Thread.interrupted();
      assertFalse(flag, "the caller's interrupt flag was set without an interrupt: " + failure);
    }
  }
}
