package io.github.bisnodeclient.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeListener;
import io.github.bisnodeclient.runtime.BisnodeTimeoutException;
import io.github.bisnodeclient.runtime.CallContext;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.RecordedRequest;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.ObservationView;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every meter and observation of real calls to the sandbox: what each records, with which tags, and
 * that no tag or key ever holds a query value, a path value, a token or the secret.
 */
class BisnodeMicrometerTest {
  /** A national id sent as a query value: personal data. */
  private static final String QUERY_VALUE = "197811024897";

  /** A national id sent in the path: personal data too. */
  private static final String PATH_VALUE = "198506234569";

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final TestObservationRegistry observations = TestObservationRegistry.create();
  private final Recorder recorder = new Recorder();
  private @Nullable BisnodeSandbox sandbox;
  private @Nullable BisnodeClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private PersonsApi start(BisnodeListener listener, UnaryOperator<BisnodeClient.Builder> config) {
    return start(BisnodeSandbox.builder().start(), listener, config);
  }

  private PersonsApi start(
      BisnodeSandbox started,
      BisnodeListener listener,
      UnaryOperator<BisnodeClient.Builder> config) {
    sandbox = started;
    observations.observationConfig().observationHandler(recorder);
    client =
        config
            .apply(
                started
                    .clientBuilder()
                    .baseUrl(PersonsApi.class, started.consumerIntelligenceV2BaseUrl())
                    .listener(listener))
            .build();
    return client.create(PersonsApi.class);
  }

  private PersonsApi start() {
    return start(both(), b -> b);
  }

  /** Meters and observations both, each told every event. */
  private BisnodeListener both() {
    BisnodeMetrics metrics = BisnodeMetrics.listener(meters);
    BisnodeObservations traced = BisnodeObservations.listener(observations);
    return new BisnodeListener() {
      @Override
      public void onCallStart(CallContext call) {
        metrics.onCallStart(call);
        traced.onCallStart(call);
      }

      @Override
      public void onCall(CallEvent event) {
        metrics.onCall(event);
        traced.onCall(event);
      }

      @Override
      public void onTokenWait(CallContext call) {
        traced.onTokenWait(call);
      }

      @Override
      public void onTokenWaitEnd(CallContext call, @Nullable Throwable failure) {
        traced.onTokenWaitEnd(call, failure);
      }

      @Override
      public void onTokenFetch(TokenEvent event) {
        metrics.onTokenFetch(event);
      }
    };
  }

  @Test
  void successIsOneTimedCallOneObservationAndATokenWaitUnderIt() {
    PersonsApi persons = start();

    persons.search(QUERY_VALUE, "SE");

    Timer calls = meters.get("bisnode.client.requests").timer();
    assertEquals(1, calls.count());
    assertEquals(
        Map.of(
            "api", "PersonsApi",
            "method", "GET",
            "uri", "/person/search",
            "status", "200",
            "outcome", "SUCCESS",
            "exception", "none"),
        tags(calls));
    assertTrue(meters.find("bisnode.client.retries").meters().isEmpty());
    Timer tokens = meters.get("bisnode.token.requests").timer();
    assertEquals(1, tokens.count());
    assertEquals(Map.of("scope", "bci", "outcome", "SUCCESS", "error", "none"), tags(tokens));

    Observation.Context call = only(recorder.stopped("bisnode.client.requests"));
    assertEquals(
        Map.of(
            "api", "PersonsApi",
            "method", "GET",
            "uri", "/person/search",
            "status", "200",
            "outcome", "SUCCESS",
            "exception", "none"),
        keys(call));
    assertEquals("get /person/search", call.getContextualName());
    assertNull(call.getError());
    Observation.Context wait = only(recorder.stopped("bisnode.token.wait"));
    assertEquals(Map.of("scope", "bci", "outcome", "SUCCESS", "error", "none"), keys(wait));
    ObservationView parent = wait.getParentObservation();
    assertNotNull(parent);
    assertSame(call, parent.getContextView());
    TestObservationRegistryAssert.assertThat(observations)
        .doesNotHaveAnyRemainingCurrentObservation();

    RecordedRequest sent = apiRequests().get(0);
    assertEquals(Recorder.TRACEPARENT, sent.header("traceparent").orElseThrow());
    assertTrue(sent.target().contains(QUERY_VALUE), "the value went to the server: " + sent);
    assertNothingPersonal();
  }

  @Test
  void aCallThatFindsItsTokenWaitsForNone() {
    PersonsApi persons = start();
    persons.search(QUERY_VALUE, "SE");

    persons.search(QUERY_VALUE, "SE");

    assertEquals(2, recorder.stopped("bisnode.client.requests").size());
    assertEquals(1, recorder.stopped("bisnode.token.wait").size());
    assertEquals(1, meters.get("bisnode.token.requests").timer().count());
  }

  @Test
  void notFoundIsAClientErrorUnderThePathTemplate() {
    PersonsApi persons = start();

    assertThrows(BisnodeApiException.class, () -> persons.byLegalId(PATH_VALUE));

    Timer calls = meters.get("bisnode.client.requests").timer();
    assertEquals(
        Map.of(
            "api", "PersonsApi",
            "method", "GET",
            "uri", "/persons/{legalId}",
            "status", "404",
            "outcome", "CLIENT_ERROR",
            "exception", "BisnodeApiException"),
        tags(calls));
    Observation.Context call = only(recorder.stopped("bisnode.client.requests"));
    assertEquals("CLIENT_ERROR", keys(call).get("outcome"));
    Throwable error = call.getError();
    assertNotNull(error);
    // the server's answer, which may quote the path, stays out of what tracers export
    assertEquals("BisnodeApiException", error.getMessage());
    assertNull(error.getCause());
    assertTrue(apiRequests().get(0).path().contains(PATH_VALUE));
    assertNothingPersonal();
  }

  @Test
  void throttledThenSuccessfulIsOneCallOfTwoAttempts() {
    PersonsApi persons = start();
    sandboxRunning().faults().throttleNextApiRequests(1, 0);

    persons.search(QUERY_VALUE, "SE");

    Timer calls = meters.get("bisnode.client.requests").timer();
    assertEquals(1, calls.count());
    assertEquals("SUCCESS", tags(calls).get("outcome"));
    assertEquals("200", tags(calls).get("status"));
    assertEquals(
        1.0,
        meters
            .get("bisnode.client.retries")
            .tags("api", "PersonsApi", "method", "GET", "uri", "/person/search")
            .counter()
            .count());
    assertEquals(1, recorder.stopped("bisnode.client.requests").size());
    List<RecordedRequest> sent = apiRequests();
    assertEquals(2, sent.size());
    for (RecordedRequest request : sent) {
      assertEquals(List.of(Recorder.TRACEPARENT), request.headers("traceparent"), "each attempt");
    }
    assertNothingPersonal();
  }

  @Test
  void revokedTokenIsReplayedOnceWithANewOne() {
    PersonsApi persons = start();
    persons.search(QUERY_VALUE, "SE");
    sandboxRunning().faults().revokeAllTokens();

    persons.search(QUERY_VALUE, "SE");

    Timer calls = meters.get("bisnode.client.requests").timer();
    assertEquals(2, calls.count());
    assertEquals("SUCCESS", tags(calls).get("outcome"));
    assertEquals(1.0, meters.get("bisnode.client.retries").counter().count());
    assertEquals(
        2, meters.get("bisnode.token.requests").tags("outcome", "SUCCESS").timer().count());
    // the second call waited for the new token, under its own observation
    assertEquals(2, recorder.stopped("bisnode.token.wait").size());
    assertNothingPersonal();
  }

  @Test
  void tokenEndpointDownWhileTheTokenIsValidFailsTokenRequestsNotCalls() throws Exception {
    // A 6-second token: due after 3 s (half its life), expired after 6 s.
    BisnodeSandbox shortTokens =
        BisnodeSandbox.builder().tokenLifetime(Duration.ofSeconds(6)).start();
    BisnodeMetrics metrics = BisnodeMetrics.listener(meters);
    PersonsApi persons = start(shortTokens, metrics, b -> b);
    persons.search(QUERY_VALUE, "SE");
    metrics.monitor(clientRunning().tokenCache("bci"));
    double fresh = meters.get("bisnode.token.remaining").tag("scope", "bci").gauge().value();
    assertTrue(fresh > 5 && fresh <= 6, "a fresh token has about 6 s: " + fresh);
    shortTokens.faults().tokenEndpointUnavailable(true);

    Thread.sleep(3_200);
    persons.search(QUERY_VALUE, "SE");
    await(
        () ->
            meters.find("bisnode.token.requests").tags("outcome", "SERVER_ERROR").timer() != null);
    persons.search(QUERY_VALUE, "SE");

    Timer calls = meters.get("bisnode.client.requests").timer();
    assertEquals(3, calls.count());
    assertEquals("SUCCESS", tags(calls).get("outcome"), "the valid token carries the calls");
    Timer failing =
        meters
            .get("bisnode.token.requests")
            .tags("scope", "bci", "outcome", "SERVER_ERROR", "error", "temporarily_unavailable")
            .timer();
    assertTrue(failing.count() >= 1);
    double left = meters.get("bisnode.token.remaining").gauge().value();
    assertTrue(left > 0 && left < 3, "the gauge falls while renewing fails: " + left);
    assertNothingPersonal();
  }

  @Test
  void timeoutShowsAsTimeout() {
    PersonsApi persons = start(both(), b -> b.responseTimeout(Duration.ofMillis(300)));
    persons.search(QUERY_VALUE, "SE"); // the token first, so that the timeout is the call's own
    sandboxRunning().faults().delayApiResponses(Duration.ofSeconds(1));

    assertThrows(BisnodeTimeoutException.class, () -> persons.search(QUERY_VALUE, "SE"));

    Timer timedOut = meters.get("bisnode.client.requests").tags("outcome", "TIMEOUT").timer();
    assertEquals(1, timedOut.count());
    assertEquals("BisnodeTimeoutException", tags(timedOut).get("exception"));
    assertEquals("NONE", tags(timedOut).get("status"));
    assertEquals(
        "TIMEOUT", keys(recorder.stopped("bisnode.client.requests").get(1)).get("outcome"));
    assertNothingPersonal();
  }

  @Test
  void cancelledAsyncCallShowsAsCancelled() throws Exception {
    PersonsApi persons = start();
    persons.search(QUERY_VALUE, "SE");
    sandboxRunning().faults().delayApiResponses(Duration.ofSeconds(2));

    CompletableFuture<String> call = persons.searchAsync(QUERY_VALUE, "SE");
    await(() -> sandboxRunning().apiRequestCount() == 2);
    assertTrue(call.cancel(true));

    Timer cancelled = meters.get("bisnode.client.requests").tags("outcome", "CANCELLED").timer();
    assertEquals(1, cancelled.count());
    assertEquals("CancellationException", tags(cancelled).get("exception"));
    Observation.Context observed = recorder.stopped("bisnode.client.requests").get(1);
    assertEquals("CANCELLED", keys(observed).get("outcome"));
    assertInstanceOf(BisnodeObservations.RedactedFailure.class, observed.getError());
    Thread.sleep(100); // whatever the aborted exchange reports later, the call ended once
    assertEquals(2, recorder.stopped("bisnode.client.requests").size());
    assertEquals(
        2, meters.get("bisnode.client.requests").timers().stream().mapToLong(Timer::count).sum());
    assertNothingPersonal();
  }

  @Test
  void withObservationsTimedByTheRegistryTheCallTimerComesFromThem() {
    ObservationRegistry timed = ObservationRegistry.create();
    timed.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    PersonsApi persons = start(BisnodeMetrics.listener(meters, timed), b -> b);
    sandboxRunning().faults().throttleNextApiRequests(1, 0);

    persons.search(QUERY_VALUE, "SE");

    Timer calls = meters.get("bisnode.client.requests").timer();
    assertEquals(1, calls.count());
    assertEquals("SUCCESS", tags(calls).get("outcome"));
    assertEquals("/person/search", tags(calls).get("uri"));
    assertEquals(1.0, meters.get("bisnode.client.retries").counter().count());
    assertEquals(1, meters.get("bisnode.token.requests").timer().count());
    assertEquals(1, meters.get("bisnode.token.wait").timer().count());
    assertNothingPersonal();
  }

  @Test
  void aNoopObservationRegistryObservesNothingAndCallsStillWork() {
    PersonsApi persons = start(BisnodeObservations.listener(ObservationRegistry.NOOP), b -> b);

    persons.search(QUERY_VALUE, "SE");

    assertTrue(recorder.started.isEmpty());
    assertTrue(apiRequests().get(0).header("traceparent").isEmpty());
  }

  /** Every name, tag, key, contextual name and error message seen holds nothing personal. */
  private void assertNothingPersonal() {
    List<String> forbidden =
        new ArrayList<>(List.of(QUERY_VALUE, PATH_VALUE, sandboxRunning().clientSecret()));
    for (RecordedRequest request : sandboxRunning().recordedRequests()) {
      for (String authorization : request.headers("Authorization")) {
        forbidden.add(authorization.substring(authorization.indexOf(' ') + 1));
      }
    }
    assertTrue(forbidden.size() > 3, "the tokens sent are among what must not show");
    List<String> seen = new ArrayList<>();
    for (Meter meter : meters.getMeters()) {
      seen.add(meter.getId().getName());
      for (Tag tag : meter.getId().getTags()) {
        seen.add(tag.getKey());
        seen.add(tag.getValue());
      }
    }
    for (Observation.Context context : recorder.started) {
      seen.add(String.valueOf(context.getName()));
      seen.add(String.valueOf(context.getContextualName()));
      for (KeyValue key : context.getAllKeyValues()) {
        seen.add(key.getKey());
        seen.add(key.getValue());
      }
      Throwable error = context.getError();
      if (error != null) {
        seen.add(String.valueOf(error.getMessage()));
      }
    }
    assertFalse(seen.isEmpty());
    for (String value : seen) {
      for (String secret : forbidden) {
        assertFalse(value.contains(secret), () -> "\"" + value + "\" holds a personal value");
      }
    }
  }

  private List<RecordedRequest> apiRequests() {
    return sandboxRunning().recordedRequests().stream()
        .filter(r -> r.path().contains("/person"))
        .toList();
  }

  private static Map<String, String> tags(Meter meter) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (Tag tag : meter.getId().getTags()) {
      tags.put(tag.getKey(), tag.getValue());
    }
    return tags;
  }

  private static Map<String, String> keys(Observation.Context context) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (KeyValue key : context.getLowCardinalityKeyValues()) {
      keys.put(key.getKey(), key.getValue());
    }
    assertTrue(
        context.getHighCardinalityKeyValues().stream().findAny().isEmpty(),
        "no high-cardinality keys");
    return keys;
  }

  private static <T> T only(List<T> items) {
    assertEquals(1, items.size(), () -> "one of " + items);
    return items.get(0);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < end, "condition not met within 5 s");
      Thread.sleep(10);
    }
  }

  private BisnodeSandbox sandboxRunning() {
    BisnodeSandbox running = sandbox;
    assertNotNull(running);
    return running;
  }

  private BisnodeClient clientRunning() {
    BisnodeClient running = client;
    assertNotNull(running);
    return running;
  }
}
