package io.github.bisnodeclient.runtime.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.runtime.BisnodeClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stale while failing keeps a due token in use only while renewing it fails: once the backoff after
 * a failed token request has passed and the endpoint answers again, the next call renews the due
 * token and carries the new one, blocking or asynchronous, with or without proactive refresh. Real
 * time, short token lifetimes.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RenewalAfterRecoveryTest {
  record Entry(String entry, int amount) {}

  @BisnodeApi(baseUrl = "https://api.example.invalid/ledger/v4", scope = "ledger_read")
  interface LedgerApi {
    @Get("/entries/latest")
    Entry latest();

    @Get("/entries/latest")
    CompletableFuture<Entry> latestAsync();
  }

  private ScriptedServer server;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
    // Answers only requests that carry a token the endpoint issued.
    server.on(
        "/entries/latest",
        ex -> {
          if (server.issued(ScriptedServer.bearer(ex))) {
            ScriptedServer.reply(ex, 200, "application/json", "{\"entry\":\"e-17\",\"amount\":4}");
          } else {
            ScriptedServer.reply(ex, 401, "application/json", "{\"message\":\"unknown token\"}");
          }
        });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Makes a call and returns the token it carried. */
  private String call(LedgerApi api, boolean async) throws Exception {
    Entry e = async ? api.latestAsync().get(10, TimeUnit.SECONDS) : api.latest();
    assertEquals(new Entry("e-17", 4), e);
    return server.lastToken();
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  private static long nanos(double seconds) {
    return (long) (seconds * 1e9);
  }

  // A 4 s token with a 1.8 s margin is due 2.2 s after it was issued (proactive refresh starts a
  // little earlier). Renewing it fails (503), so the call at 2.5 s goes out with the still valid
  // token. The endpoint then answers again, and the next call, past the failed requests' backoff
  // and still before the old token expires, carries a new token.
  @ParameterizedTest(name = "async={0}, proactive={1}")
  @CsvSource({"false,true", "true,true", "false,false"})
  void afterTheEndpointRecoversADueTokenIsNoLongerSent(boolean async, boolean proactive)
      throws Exception {
    server.tokenLifetimeSeconds = 4;
    try (BisnodeClient client =
        server
            .client()
            .refreshMargin(Duration.ofMillis(1800))
            .retryBackoff(Duration.ofMillis(50), Duration.ofMillis(100))
            .proactiveRefresh(proactive)
            .build()) {
      LedgerApi api = client.create(LedgerApi.class);
      String first = call(api, async);
      server.tokenMode = ScriptedServer.TokenMode.FAIL;
      sleepUntil(server.issuedAt(first) + nanos(2.5)); // inside the margin, before expiry
      assertEquals(first, call(api, async), "stale while failing");
      assertTrue(server.tokenRequestTimes.size() >= 2, "the due token was renewed and that failed");
      server.tokenMode = ScriptedServer.TokenMode.ANSWER;
      Thread.sleep(400); // past the failed requests' backoff (each wait at most 100 ms)
      String afterRecovery = call(api, async);
      assertNotEquals(
          first,
          afterRecovery,
          "the token endpoint answers again, yet the call carried the due token (tokens asked: "
              + server.tokenRequestTimes.size()
              + ")");
    }
  }
}
