package io.github.bisnodeclient.examples.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import io.github.bisnodeclient.sandbox.SandboxConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation's acceptance test: many threads share one token, and it is renewed ahead of expiry
 * by one token request at a time.
 */
@ExtendWith(BisnodeSandboxExtension.class)
@SandboxConfig(tokenLifetimeSeconds = 3)
class TokenSharingTest {
  private static final int THREADS = 8;
  private static final Duration SPREAD = Duration.ofSeconds(5);
  private static final Duration PAUSE = Duration.ofMillis(50);

  /** One thread's tally: calls made and calls that found Sven. */
  private record Tally(int calls, int found) {}

  @Test
  void eightThreadsCallingForFiveSecondsShareTwoToFourTokensFetchedOneAtATime(
      BisnodeSandbox sandbox) throws Exception {
    List<Tally> tallies = new ArrayList<>();
    try (BisnodeClient bisnode =
        sandbox.clientBuilder().refreshMargin(Duration.ofSeconds(1)).build()) {
      PersonSearchApi persons = bisnode.create(PersonSearchApi.class);
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      try {
        long end = System.nanoTime() + SPREAD.toNanos();
        List<Future<Tally>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
          futures.add(threads.submit(() -> callUntil(end, persons)));
        }
        for (Future<Tally> future : futures) {
          // get() rethrows any exception a call threw, failing the test
          tallies.add(future.get(SPREAD.toSeconds() + 30, TimeUnit.SECONDS));
        }
      } finally {
        threads.shutdownNow();
      }
    }

    int calls = tallies.stream().mapToInt(Tally::calls).sum();
    int found = tallies.stream().mapToInt(Tally::found).sum();
    assertTrue(calls >= THREADS * 10, "calls were made all along: " + calls);
    assertEquals(calls, found, "every call succeeded and found Sven");
    int tokens = sandbox.tokenRequestCount();
    assertTrue(tokens >= 2 && tokens <= 4, "token requests: " + tokens);
    assertEquals(1, sandbox.maxConcurrentTokenRequests());
  }

  private static Tally callUntil(long end, PersonSearchApi persons) throws InterruptedException {
    int calls = 0;
    int found = 0;
    while (System.nanoTime() - end < 0) {
      PersonSearchResult result = persons.search("Sven", "Svensson", "Vasagatan 9", Country.SE);
      calls++;
      if (result.persons().size() == 1
          && "196103148752".equals(result.persons().get(0).person().legalId().value())) {
        found++;
      }
      Thread.sleep(PAUSE.toMillis());
    }
    return new Tally(calls, found);
  }
}
