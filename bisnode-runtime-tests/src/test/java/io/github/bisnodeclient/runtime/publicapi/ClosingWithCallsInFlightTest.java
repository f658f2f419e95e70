package io.github.bisnodeclient.runtime.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Closing the client ends every asynchronous call still in flight: one waiting for its answer and
 * one waiting for a token request fail with a BisnodeException at once, and closing during a token
 * request logs no warning.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClosingWithCallsInFlightTest {
  record Entry(String entry, int amount) {}

  @BisnodeApi(baseUrl = "https://api.example.invalid/ledger/v4", scope = "ledger_read")
  interface LedgerApi {
    @Get("/entries/latest")
    Entry latest();

    @Get("/entries/latest")
    CompletableFuture<Entry> latestAsync();

    @Get("/entries/hang")
    CompletableFuture<Entry> hangingAsync();
  }

  private ScriptedServer server;
  private final CountDownLatch hangArrived = new CountDownLatch(1);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private Logger root;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
    server.on(
        "/entries/latest",
        ex ->
            ScriptedServer.reply(ex, 200, "application/json", "{\"entry\":\"e-17\",\"amount\":4}"));
    server.on(
        "/entries/hang",
        ex -> {
          hangArrived.countDown();
          server.awaitRelease(30);
          ScriptedServer.reply(ex, 200, "application/json", "{\"entry\":\"e-18\",\"amount\":5}");
        });
    LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    logged.setContext(context);
    logged.start();
    root.addAppender(logged);
  }

  @AfterEach
  void stop() {
    root.detachAppender(logged);
    server.close();
  }

  private List<String> warningsAndErrors() {
    List<String> all = new ArrayList<>();
    for (ILoggingEvent e : logged.list) {
      if (e.getLevel().isGreaterOrEqual(Level.WARN)) {
        all.add(e.getLoggerName() + ": " + e.getFormattedMessage());
      }
    }
    return all;
  }

  /** What {@code pending} failed with within 3 s; fails the test if it had not ended by then. */
  private static Throwable failureOf(CompletableFuture<?> pending) throws InterruptedException {
    try {
      Object result = pending.get(3, TimeUnit.SECONDS);
      return fail("the call succeeded after close(): " + result);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      return fail("the call had not ended 3 s after close()");
    }
  }

  @Test
  void closingDuringAnAsynchronousTokenRequestEndsTheCallQuietly() throws Exception {
    server.tokenMode = ScriptedServer.TokenMode.HOLD;
    BisnodeClient client = server.client().build();
    LedgerApi api = client.create(LedgerApi.class);
    CompletableFuture<Entry> pending = api.latestAsync();
    assertTrue(server.firstTokenRequest.await(10, TimeUnit.SECONDS));
    client.close();
    Throwable failure = failureOf(pending);
    server.release(); // the held token request is answered after the close
    assertInstanceOf(BisnodeException.class, failure);
    assertEquals(List.of(), warningsAndErrors());
  }

  @Test
  void closingDuringAnAsynchronousCallEndsItsFuture() throws Exception {
    BisnodeClient client = server.client().build();
    LedgerApi api = client.create(LedgerApi.class);
    assertEquals(new Entry("e-17", 4), api.latest()); // a token in hand
    CompletableFuture<Entry> pending = api.hangingAsync();
    assertTrue(hangArrived.await(10, TimeUnit.SECONDS));
    client.close();
    Throwable failure = failureOf(pending);
    server.release();
    assertInstanceOf(BisnodeException.class, failure);
  }
}
