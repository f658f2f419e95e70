package io.github.bisnodeclient.benchmarks;

import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * The token-cache load runs: 64 threads calling through a generated client against the embedded
 * sandbox, (1) for 60 s with 5 s tokens, (2) with 120 s tokens and the token endpoint down for 30 s
 * when the token falls due. Each run stops by itself, prints a one-line verdict and goes into
 * BENCHMARKS.md under "Token-cache load runs". {@code bisnode-benchmarks/load-runs.sh} builds the
 * module and starts this.
 */
public final class LoadRuns {
  private static final PrintStream OUT = System.out;
  private static final int THREADS = 64;

  /** A thread stops after this many calls even if time remains: every loop is bounded twice. */
  private static final long MAX_CALLS_PER_THREAD = 20_000_000;

  /** The refresh margin the client runs with: the builder's default. */
  private static final Duration MARGIN = Duration.ofSeconds(60);

  private final List<String> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private boolean allPassed = true;

  private LoadRuns() {}

  /**
   * Runs the load runs.
   *
   * @param args {@code [1|2|all] [--out BENCHMARKS.md] [--command TEXT]}
   * @throws Exception if the sandbox cannot start
   */
  public static void main(String[] args) throws Exception {
    String which = args.length > 0 && !args[0].startsWith("--") ? args[0] : "all";
    Path out = Path.of("BENCHMARKS.md");
    String command = "bisnode-benchmarks/load-runs.sh";
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--out")) {
        out = Path.of(args[i + 1]);
      } else if (args[i].equals("--command")) {
        command = args[i + 1];
      }
    }
    LoadRuns runs = new LoadRuns();
    String startedAt = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_DATE_TIME);
    String loadBefore = Machine.loadAverage();
    List<String> busy = Machine.busyProcesses();
    if (which.equals("1") || which.equals("all")) {
      runs.shortTokens();
    }
    if (which.equals("2") || which.equals("all")) {
      runs.endpointDownWhenDue();
    }
    ReportFile.replaceSection(
        out, "load-runs", runs.report(command, startedAt, loadBefore, busy, which));
    OUT.println("Wrote " + out.toAbsolutePath());
    if (!runs.allPassed) {
      System.exit(1);
    }
  }

  /** Run 1: 5 s tokens, 64 threads, 60 s. */
  private void shortTokens() throws InterruptedException {
    Duration lifetime = Duration.ofSeconds(5);
    Duration length = Duration.ofSeconds(60);
    // TokenCache.stateOf: a lifetime of at most twice the margin makes the margin half the
    // lifetime (2.5 s), so the token is due 2.5 s after its request was sent; proactive refresh
    // starts earlier by prefetch = min(margin, usable / 10) x (0.5..1) = min(2.5, 0.25) x (0.5..1)
    // = 0.125..0.25 s. A token is thus used for at least 2.5 - 0.25 = 2.25 s before the next
    // request goes out, and the requests are at least 2.25 s apart.
    long marginNanos =
        lifetime.toNanos() <= 2 * MARGIN.toNanos() ? lifetime.toNanos() / 2 : MARGIN.toNanos();
    long usable = lifetime.toNanos() - marginNanos;
    long maxPrefetch = Math.min(marginNanos, usable / 10);
    double usedSeconds = (usable - maxPrefetch) / 1e9;
    long bound = (long) Math.floor(length.toSeconds() / usedSeconds) + 1;
    try (BisnodeSandbox sandbox = BisnodeSandbox.builder().tokenLifetime(lifetime).start();
        BisnodeClient client = sandbox.clientBuilder().build()) {
      BenchPersonApi api = client.create(BenchPersonApi.class);
      Load load = new Load(api);
      load.run(length, null);
      int tokens = sandbox.tokenRequestCount();
      int concurrent = sandbox.maxConcurrentTokenRequests();
      boolean pass =
          load.failed.sum() == 0
              && load.unauthorized.sum() == 0
              && concurrent == 1
              && tokens <= bound
              && load.calls.sum() > 0
              && !load.hung;
      verdict(
          "1",
          pass,
          String.format(
              Locale.ROOT,
              "64 threads x 60 s, 5 s tokens: calls=%d, failed=%d, 401s=%d, token requests=%d"
                  + " (bound %d = floor(60 s / %.2f s) + 1), max concurrent token requests=%d,"
                  + " slowest call %d ms",
              load.calls.sum(),
              load.failed.sum(),
              load.unauthorized.sum(),
              tokens,
              bound,
              usedSeconds,
              concurrent,
              load.slowestMillis()));
      rows.add(
          ReportFile.row(
              "1. 5 s tokens, 60 s",
              load.calls.sum(),
              load.failed.sum(),
              load.unauthorized.sum(),
              tokens + " (≤ " + bound + ")",
              concurrent,
              load.slowestMillis() + " ms",
              pass ? "PASS" : "**FAIL**"));
      notes.add(
          String.format(
              Locale.ROOT,
              "Run 1's bound: with the default 60 s margin and a 5 s lifetime the half-lifetime"
                  + " rule makes the margin 2.5 s, so a token is due 2.5 s after its request was"
                  + " sent; proactive refresh starts up to min(2.5 s, 2.5 s / 10) = 0.25 s"
                  + " earlier (`TokenCache.stateOf`: prefetch = min(margin, usable / 10) ×"
                  + " (0.5..1)). Each token is therefore used for at least %.2f s, and 60 s allow"
                  + " at most floor(60 / %.2f) + 1 = %d token requests (the + 1 is the first)."
                  + " The expected figure, with the mean prefetch of 0.19 s, is about 26.",
              usedSeconds,
              usedSeconds,
              bound));
      load.failureSamples(notes, "Run 1");
    }
  }

  /** Run 2: 120 s tokens, the endpoint down for 30 s from the point the token falls due. */
  private void endpointDownWhenDue() throws InterruptedException {
    Duration lifetime = Duration.ofMinutes(2);
    // Margin 60 s (lifetime <= 2 x margin: half of it), so the token is due 60 s after its request;
    // proactive refresh may start from 60 - min(60, 6) = 54 s on. The outage starts at 54 s after
    // the first call began (the token's request cannot be earlier), so that no refresh, early or
    // on time, gets through before it; it covers the due point at 60 s and lasts 30 s, to 84 s.
    Duration outageFrom = Duration.ofSeconds(54);
    Duration outage = Duration.ofSeconds(30);
    // 5 s past the first token's expiry: calls after that prove a new token arrived.
    Duration length = lifetime.plusSeconds(5);
    try (BisnodeSandbox sandbox = BisnodeSandbox.builder().tokenLifetime(lifetime).start();
        BisnodeClient client = sandbox.clientBuilder().build()) {
      BenchPersonApi api = client.create(BenchPersonApi.class);
      Load load = new Load(api);
      long[] tokensAt = new long[2];
      load.run(
          length,
          (start, now) -> {
            long since = now - start;
            if (tokensAt[0] == 0 && since >= outageFrom.toNanos()) {
              tokensAt[0] = sandbox.tokenRequestCount() + 1L; // +1: 0 means "not yet"
              sandbox.faults().tokenEndpointUnavailable(true);
              OUT.println(
                  "token endpoint down at +" + TimeUnit.NANOSECONDS.toSeconds(since) + " s");
            } else if (tokensAt[0] != 0
                && tokensAt[1] == 0
                && since >= outageFrom.plus(outage).toNanos()) {
              sandbox.faults().tokenEndpointUnavailable(false);
              tokensAt[1] = sandbox.tokenRequestCount() + 1L;
              OUT.println("token endpoint up at +" + TimeUnit.NANOSECONDS.toSeconds(since) + " s");
            }
          });
      sandbox.faults().tokenEndpointUnavailable(false);
      int tokens = sandbox.tokenRequestCount();
      long refused = tokensAt[1] - tokensAt[0];
      int concurrent = sandbox.maxConcurrentTokenRequests();
      long lastCallSecond = TimeUnit.NANOSECONDS.toSeconds(load.lastSuccessNanos.get());
      boolean pass =
          load.failed.sum() == 0
              && load.unauthorized.sum() == 0
              && concurrent == 1
              && refused > 0
              && lastCallSecond >= lifetime.toSeconds()
              && !load.hung;
      verdict(
          "2",
          pass,
          String.format(
              Locale.ROOT,
              "64 threads x %d s, 120 s tokens, token endpoint down from +54 s to +84 s: calls=%d,"
                  + " failed=%d, 401s=%d, token requests=%d (%d refused during the outage), max"
                  + " concurrent token requests=%d, last successful call at +%d s, slowest call %d"
                  + " ms",
              length.toSeconds(),
              load.calls.sum(),
              load.failed.sum(),
              load.unauthorized.sum(),
              tokens,
              refused,
              concurrent,
              lastCallSecond,
              load.slowestMillis()));
      rows.add(
          ReportFile.row(
              "2. 120 s tokens, endpoint down +54 s to +84 s, " + length.toSeconds() + " s",
              load.calls.sum(),
              load.failed.sum(),
              load.unauthorized.sum(),
              tokens + " (" + refused + " refused with 503)",
              concurrent,
              load.slowestMillis() + " ms",
              pass ? "PASS" : "**FAIL**"));
      notes.add(
          "Run 2's timing: a 120 s token with the 60 s margin is due 60 s after its request, and"
              + " proactive refresh may start from 54 s (prefetch min(60 s, 6 s) × (0.5..1) ="
              + " 3..6 s). The endpoint goes down at +54 s, counted from the start of the first"
              + " call (the token's request is no earlier), so that no refresh, early or on time,"
              + " gets through first; it stays down for 30 s, past the due point. The run goes"
              + " on to +"
              + length.toSeconds()
              + " s, 5 s beyond the first token's expiry, so its last calls succeed only with a"
              + " token fetched after the outage (last successful call at +"
              + lastCallSecond
              + " s).");
      load.failureSamples(notes, "Run 2");
    }
  }

  private void verdict(String run, boolean pass, String details) {
    allPassed &= pass;
    OUT.println("LOAD RUN " + run + ": " + (pass ? "PASS" : "FAIL") + " — " + details);
    OUT.flush();
  }

  private String report(
      String command, String startedAt, String loadBefore, List<String> busy, String which) {
    StringBuilder md = new StringBuilder("## Token-cache load runs\n\n");
    md.append("Generated by `")
        .append(command)
        .append("` (runs: ")
        .append(which)
        .append(") on ")
        .append(startedAt)
        .append(". ")
        .append(THREADS)
        .append(" threads call `BenchPersonApi.search` through one generated client (")
        .append("`sandbox.clientBuilder().build()`: default 60 s margin, proactive refresh, 64")
        .append(" connections) against the embedded sandbox in the same JVM.\n\n")
        .append("- Machine: ")
        .append(Machine.describe())
        .append("\n- Load average (1 / 5 / 15 min) at the start: ")
        .append(loadBefore)
        .append("; at the end: ")
        .append(Machine.loadAverage())
        .append("\n- Other processes busy at the start: ")
        .append(busy.isEmpty() ? "none" : String.join("; ", busy))
        .append("\n\n")
        .append(
            ReportFile.row(
                "run",
                "calls",
                "failed",
                "401s seen by callers",
                "token requests",
                "max concurrent token requests",
                "slowest call",
                "verdict"))
        .append(ReportFile.row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---"));
    rows.forEach(md::append);
    md.append('\n');
    notes.forEach(n -> md.append("- ").append(n).append('\n'));
    return md.toString();
  }

  /** A hook the load's clock thread calls about every 100 ms with the start and now. */
  private interface Tick {
    void at(long start, long now);
  }

  /** 64 threads calling until a deadline, counting outcomes. */
  private static final class Load {
    final BenchPersonApi api;
    final LongAdder calls = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder unauthorized = new LongAdder();
    final LongAccumulator slowest = new LongAccumulator(Math::max, 0);
    final AtomicLong lastSuccessNanos = new AtomicLong();
    final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    boolean hung;

    Load(BenchPersonApi api) {
      this.api = api;
    }

    void run(Duration length, Tick tick) throws InterruptedException {
      long start = System.nanoTime();
      long deadline = start + length.toNanos();
      // the first call fetches the token; the threads start with it in the cache
      call(start);
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Thread thread =
            new Thread(
                () -> {
                  for (long n = 0; n < MAX_CALLS_PER_THREAD && System.nanoTime() < deadline; n++) {
                    call(start);
                  }
                },
                "load-" + t);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
      }
      long now;
      while ((now = System.nanoTime()) < deadline) {
        if (tick != null) {
          tick.at(start, now);
        }
        Thread.sleep(100);
      }
      long joinBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
      for (Thread thread : threads) {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(joinBy - System.nanoTime())));
        hung |= thread.isAlive();
      }
    }

    void call(long start) {
      long begin = System.nanoTime();
      try {
        Fixtures.checkSandbox(
            api.search(Fixtures.FIRST_NAME, Fixtures.FAMILY_NAME, Fixtures.COUNTRY));
        calls.increment();
        long end = System.nanoTime();
        slowest.accumulate(end - begin);
        lastSuccessNanos.accumulateAndGet(end - start, Math::max);
      } catch (RuntimeException e) {
        failed.increment();
        if (e instanceof BisnodeApiException api && api.status() == 401) {
          unauthorized.increment();
        }
        failures
            .computeIfAbsent(
                e.getClass().getSimpleName() + ": " + e.getMessage(), k -> new LongAdder())
            .increment();
      }
    }

    long slowestMillis() {
      return TimeUnit.NANOSECONDS.toMillis(slowest.get());
    }

    void failureSamples(List<String> notes, String run) {
      failures.entrySet().stream()
          .limit(5)
          .forEach(
              e -> notes.add(run + " failure ×" + e.getValue().sum() + ": `" + e.getKey() + "`"));
    }
  }
}
