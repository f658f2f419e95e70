package io.github.bisnodeclient.benchmarks;

import io.github.bisnodeclient.runtime.BisnodeClient;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A thousand {@code CompletableFuture} calls at once through our generated client, each answered
 * after {@link LoopbackServer#HOLD_MILLIS} ms: the wall time of each round and the most threads the
 * JVM had alive. Run in a JVM of its own ({@link BenchmarkMain} starts it) so that the count holds
 * only the JVM's own threads and the client's; prints one {@link #RESULT} line.
 */
public final class AsyncRun {
  static final String RESULT = "ASYNC-RESULT";

  private AsyncRun() {}

  /**
   * Runs the rounds.
   *
   * @param args base URL, pool size, calls per round, measured rounds
   * @throws Exception if a call fails
   */
  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    int connections = Integer.parseInt(args[1]);
    int calls = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    int baseline = mx.getThreadCount();
    mx.resetPeakThreadCount();
    long[] walls = new long[rounds];
    Map<String, Integer> started = new TreeMap<>();
    try (BisnodeClient client =
        BisnodeClient.builder()
            .credentials(Fixtures.CLIENT_ID, Fixtures.CLIENT_SECRET)
            .tokenUrl(baseUrl + "/token")
            .baseUrl(baseUrl)
            .maxConnections(connections)
            .build()) {
      BenchPersonApi api = client.create(BenchPersonApi.class);
      for (int i = 0; i < 2; i++) {
        round(api, calls); // warm-up: JIT, connections, the async client's start
      }
      for (int r = 0; r < rounds; r++) {
        long start = System.nanoTime();
        round(api, calls);
        walls[r] = System.nanoTime() - start;
      }
      for (Thread thread : Thread.getAllStackTraces().keySet()) {
        if (!before.contains(thread)) {
          started.merge(thread.getName().replaceAll("\\d+", "N"), 1, Integer::sum);
        }
      }
    }
    int peak = mx.getPeakThreadCount();
    Arrays.sort(walls);
    List<String> names = new ArrayList<>();
    started.forEach((name, count) -> names.add(count == 1 ? name : name + " ×" + count));
    PrintStream out = System.out;
    out.println(
        RESULT
            + " connections="
            + connections
            + " calls="
            + calls
            + " rounds="
            + rounds
            + " medianMillis="
            + TimeUnit.NANOSECONDS.toMillis(walls[rounds / 2])
            + " minMillis="
            + TimeUnit.NANOSECONDS.toMillis(walls[0])
            + " maxMillis="
            + TimeUnit.NANOSECONDS.toMillis(walls[rounds - 1])
            + " baselineThreads="
            + baseline
            + " peakThreads="
            + peak
            + " clientThreads="
            + started.values().stream().mapToInt(Integer::intValue).sum()
            + " names="
            + String.join(",", names).replace(' ', '_'));
    out.flush();
  }

  private static void round(BenchPersonApi api, int calls) throws Exception {
    CompletableFuture<?>[] futures = new CompletableFuture<?>[calls];
    for (int i = 0; i < calls; i++) {
      futures[i] =
          api.searchSlowly(Fixtures.FIRST_NAME, Fixtures.FAMILY_NAME, Fixtures.COUNTRY)
              .thenApply(Fixtures::check);
    }
    CompletableFuture.allOf(futures).get(60, TimeUnit.SECONDS);
  }
}
