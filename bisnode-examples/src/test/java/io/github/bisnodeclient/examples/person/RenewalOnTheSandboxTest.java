package io.github.bisnodeclient.examples.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Query;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bisnode's renewal rule end to end, on the sandbox's clock: with 3-second tokens and a 1-second
 * margin, no API request carries a token that has less than the margin left, whether calls come
 * steadily or after a quiet spell that ends inside the margin.
 */
class RenewalOnTheSandboxTest {
  private static final Duration LIFETIME = Duration.ofSeconds(3);
  private static final Duration MARGIN = Duration.ofSeconds(1);

  /** The person search, blocking and asynchronous. */
  @BisnodeApi(baseUrl = "https://api.bisnode.com/consumerintelligence/person/v2", scope = "bci")
  interface Persons {
    @Get("/person/search")
    PersonSearchResult search(
        @Query("firstName") String firstName, @Query("sourceCountry") Country country);

    @Get("/person/search")
    CompletableFuture<PersonSearchResult> searchAsync(
        @Query("firstName") String firstName, @Query("sourceCountry") Country country);
  }

  private BisnodeSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = BisnodeSandbox.builder().tokenLifetime(LIFETIME).recordedRequestLimit(1000).start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void noRequestCarriesATokenInsideTheMarginSteadyOrAfterAQuietSpell(boolean async)
      throws Exception {
    try (BisnodeClient bisnode = sandbox.clientBuilder().refreshMargin(MARGIN).build()) {
      Persons persons = bisnode.create(Persons.class);
      // Steady calls for 4 s: renewed in the background, before the margin.
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
      while (System.nanoTime() - end < 0) {
        search(persons, async);
        Thread.sleep(20);
      }
      // A quiet spell that ends 2.4 s into a fresh token's life: inside its last second.
      search(persons, async);
      String before = lastToken();
      Thread.sleep(2400);
      search(persons, async);
      assertNotEquals(before, lastToken(), "the call after the quiet spell waited for a new token");
    }

    List<RecordedRequest> calls =
        sandbox.recordedRequests().stream().filter(r -> r.path().contains("/person/")).toList();
    assertTrue(calls.size() > 50, "calls made: " + calls.size());
    for (RecordedRequest call : calls) {
      String token = call.header("Authorization").orElseThrow().substring("Bearer ".length());
      Instant expiry = sandbox.tokenExpiry(token).orElseThrow();
      // The client's clock starts a token's life when it sends the request, a little before the
      // sandbox does; 100 ms of slack for that and for the trip, well under the margin.
      Duration left = Duration.between(call.receivedAt(), expiry);
      assertTrue(
          left.compareTo(MARGIN.minusMillis(100)) > 0,
          "a request carried a token with " + left.toMillis() + " ms left");
    }
    long tokens =
        calls.stream().map(r -> r.header("Authorization").orElseThrow()).distinct().count();
    assertEquals(sandbox.tokenRequestCount(), tokens, "every token issued was used");
  }

  private static void search(Persons persons, boolean async) throws Exception {
    PersonSearchResult result =
        async
            ? persons.searchAsync("Sven", Country.SE).get(10, TimeUnit.SECONDS)
            : persons.search("Sven", Country.SE);
    assertTrue(result.persons().size() >= 1, "found Sven");
  }

  private String lastToken() {
    return sandbox.lastRecordedRequest().orElseThrow().header("Authorization").orElseThrow();
  }
}
