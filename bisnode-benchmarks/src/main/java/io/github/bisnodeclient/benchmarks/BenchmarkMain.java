package io.github.bisnodeclient.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the side-by-side benchmarks of calls in one go and writes the figures into BENCHMARKS.md:
 * JMH throughput and allocation per call, the token cache's hot path, a thousand asynchronous
 * calls. {@code bisnode-benchmarks/run.sh} builds the module and starts this, then {@link
 * StartupCompileMain} for start-up and compile cost.
 *
 * <p>The loopback server runs in a process of its own for the whole run; every other measurement
 * (JMH forks, the async run) is a fresh process too.
 */
public final class BenchmarkMain {
  private static final PrintStream OUT = System.out;
  private static final String SECTION = "benchmarks";

  private final Settings settings;
  private final String classPath = System.getProperty("java.class.path");
  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final List<String[]> goals = new ArrayList<>();

  /** How long each part runs; {@code --quick} is a smoke test whose figures mean nothing. */
  record Settings(
      int rounds1,
      int rounds4,
      int warmupIterations,
      int warmupSeconds,
      int iterations,
      int iterationMillis,
      int asyncRounds,
      Path out,
      String command) {
    static Settings parse(String[] args) {
      boolean quick = Arrays.asList(args).contains("--quick");
      Path out = Path.of("BENCHMARKS.md");
      String command = "bisnode-benchmarks/run.sh";
      for (int i = 0; i + 1 < args.length; i++) {
        switch (args[i]) {
          case "--out" -> out = Path.of(args[i + 1]);
          case "--command" -> command = args[i + 1];
          default -> {}
        }
      }
      return quick
          ? new Settings(1, 1, 1, 1, 2, 1000, 2, out, command + " --quick")
          // Three rounds at each thread count: the median then survives one round that the
          // machine slowed. 12 s of warm-up: in JIT logs of six forks, 95 % of C2 compilations
          // were done by 8 s.
          : new Settings(3, 3, 6, 2, 3, 1500, 5, out, command);
    }
  }

  private BenchmarkMain(Settings settings) {
    this.settings = settings;
  }

  /**
   * Runs everything and writes the report.
   *
   * @param args {@code [--quick] [--out BENCHMARKS.md] [--command TEXT]}
   * @throws Exception if a part fails; the report is then not written
   */
  public static void main(String[] args) throws Exception {
    new BenchmarkMain(Settings.parse(args)).run();
  }

  private void run() throws Exception {
    long started = System.nanoTime();
    String startedAt =
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    String loadBefore = Machine.loadAverage();
    List<String> busyBefore = Machine.busyProcesses();
    String body;
    try (ServerProcess server = ServerProcess.start(classPath)) {
      OUT.println("Loopback server on 127.0.0.1:" + server.port());
      port = server.port();
      server.warm();
      String throughput = throughputAndAllocation();
      String token = tokenCache();
      String async = async(server.baseUrl());
      List<String> busyAfter = Machine.busyProcesses();
      long minutes = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
      body =
          header(startedAt, minutes, loadBefore, busyBefore, busyAfter)
              + goalTable()
              + throughput
              + token
              + async;
    }
    ReportFile.replaceSection(settings.out(), SECTION, body);
    OUT.println("Wrote " + settings.out().toAbsolutePath());
  }

  private int port;

  private ChainedOptionsBuilder jmh(Class<?> benchmark, int threads) {
    return new OptionsBuilder()
        .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
        .forks(1)
        .threads(threads)
        .warmupIterations(settings.warmupIterations())
        .warmupTime(TimeValue.seconds(settings.warmupSeconds()))
        .measurementIterations(settings.iterations())
        .measurementTime(TimeValue.milliseconds(settings.iterationMillis()))
        .shouldFailOnError(true)
        // Same heap for every fork; HttpURLConnection (Feign's default client) keeps POOL idle
        // connections, like the other pools, instead of its default 5.
        .jvmArgs(
            "-Xms1g", "-Xmx1g", "-Dbench.port=" + port, "-Dhttp.maxConnections=" + Fixtures.POOL);
  }

  private static final List<String> CONTENDERS =
      List.of("bisnode", "apache", "retrofit", "feign", "feign-hc5");

  /** (a) with a listener, at 1 thread: what observing every call costs. */
  private static final List<String> LISTENERS =
      List.of("bisnode-metrics", "bisnode-noop-observations");

  /**
   * Bytes per call of (a) as recorded before the transport had one path and JSON its generated
   * adapters (27,409 B): a figure later changes may not raise.
   */
  private static final double ALLOCATION_GOAL = 27_449;

  /** (contender, threads) to one JMH fork per round, in round order. */
  private final Map<String, List<RunResult>> clientRuns = new HashMap<>();

  /**
   * Rounds of one fork per contender, one after the other, in alternating order. What the machine
   * gives a process drifts over minutes on this shared 2-core host (a fork of the same client runs
   * anywhere from 7,200 to 10,800 ops/s, and one fork dropped by a quarter between two measured
   * iterations with no compilation in its JIT log), so each contender is compared with (b) within
   * the same round, a minute apart at most, and the report gives the median of those paired ratios.
   */
  private String throughputAndAllocation() throws RunnerException {
    for (int threads : new int[] {1, 4}) {
      int rounds = threads == 1 ? settings.rounds1() : settings.rounds4();
      for (int round = 0; round < rounds; round++) {
        List<String> order = new ArrayList<>(CONTENDERS);
        if (threads == 1) {
          // next to (a), whose figure in the same round they are divided by
          order.addAll(1, LISTENERS);
        }
        if (round % 2 == 1) {
          Collections.reverse(order);
        }
        for (String contender : order) {
          ChainedOptionsBuilder options =
              jmh(ClientBenchmark.class, threads).param("contender", contender);
          if (threads == 1) {
            options.addProfiler(GCProfiler.class);
          }
          RunResult result = new Runner(options.build()).runSingle();
          clientRuns.computeIfAbsent(contender + "@" + threads, k -> new ArrayList<>()).add(result);
        }
      }
    }
    StringBuilder t = new StringBuilder();
    t.append("\n### Throughput and allocation per call\n\n")
        .append(
            "JMH throughput in ops/s: the median of the rounds, then each round's figure in"
                + " brackets (one fork per contender per round, the contenders one after the other,"
                + " the order reversed every other round); one client shared by the threads. × (b)"
                + " is the median over the rounds of the contender's figure divided by (b)'s in the"
                + " same round. Bytes allocated per call from `-prof gc` (`gc.alloc.rate.norm`,"
                + " median of the 1-thread rounds).\n\n")
        .append(
            ReportFile.row(
                "client",
                "1 thread, ops/s",
                "× (b)",
                "4 threads, ops/s",
                "× (b)",
                "B/call",
                "× (b)"))
        .append(ReportFile.row("---", "---:", "---:", "---:", "---:", "---:", "---:"));
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("bisnode", "(a) bisnode generated client");
    labels.put("apache", "(b) hand-written HttpClient 5 + Gson");
    labels.put("retrofit", "(c) Retrofit 3.0.0 + converter-gson");
    labels.put("feign", "(d) OpenFeign 13.6 + feign-gson, default client");
    labels.put("feign-hc5", "(d) OpenFeign 13.6 + feign-gson, feign-hc5");
    for (Map.Entry<String, String> c : labels.entrySet()) {
      String name = c.getKey();
      t.append(
          ReportFile.row(
              c.getValue(),
              score(name, 1),
              fmt2(ratio(name, 1)),
              score(name, 4),
              fmt2(ratio(name, 4)),
              fmt0(alloc(name)),
              fmt2(alloc(name) / alloc("apache"))));
    }
    for (int threads : new int[] {1, 4}) {
      double ours = ratio("bisnode", threads);
      goal(
          "throughput ≥ 1.00 × (b), " + threads + " thread(s)", fmt2(ours) + " × (b)", ours >= 1.0);
      String best = "retrofit";
      for (String peer : List.of("feign", "feign-hc5")) {
        if (ratio(peer, threads) > ratio(best, threads)) {
          best = peer;
        }
      }
      goal(
          "throughput ≥ Retrofit's and Feign's, " + threads + " thread(s)",
          fmt2(ours) + " × (b) vs best peer " + fmt2(ratio(best, threads)) + " × (b)",
          ours >= ratio(best, threads));
    }
    goal(
        "allocation per call ≤ Retrofit's",
        fmt0(alloc("bisnode")) + " vs " + fmt0(alloc("retrofit")) + " B/call",
        alloc("bisnode") <= alloc("retrofit"));
    goal(
        "allocation per call ≤ 27.4 kB",
        fmt0(alloc("bisnode")) + " B/call",
        alloc("bisnode") <= ALLOCATION_GOAL);
    t.append(listeners());
    return t.toString();
  }

  /** What a listener costs per call: each listener's fork beside (a)'s in the same round. */
  private String listeners() {
    StringBuilder t = new StringBuilder();
    t.append("\n### What observing every call costs\n\n")
        .append(
            "(a) with a listener, at 1 thread, run in the same rounds right next to (a): with"
                + " `BisnodeMetrics.listener(new SimpleMeterRegistry())` (every meter of"
                + " bisnode-micrometer, kept in memory), and with"
                + " `BisnodeObservations.listener(ObservationRegistry.NOOP)` (a listener is set,"
                + " Micrometer's no-op registry behind it). × (a) is the median over the rounds of"
                + " its ops/s divided by (a)'s in the same round; µs added per call is the median of"
                + " 1/ops minus (a)'s 1/ops, round by round; bytes as above.\n\n")
        .append(
            ReportFile.row(
                "client", "1 thread, ops/s", "× (a)", "µs added per call", "B/call", "B added"))
        .append(ReportFile.row("---", "---:", "---:", "---:", "---:", "---:"));
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("bisnode", "(a) bisnode generated client, no listener");
    labels.put("bisnode-metrics", "(a) with bisnode-micrometer's meters (SimpleMeterRegistry)");
    labels.put("bisnode-noop-observations", "(a) with observations into ObservationRegistry.NOOP");
    for (Map.Entry<String, String> c : labels.entrySet()) {
      String name = c.getKey();
      List<RunResult> ours = runs(name, 1);
      List<RunResult> plain = runs("bisnode", 1);
      double[] micros = new double[ours.size()];
      for (int i = 0; i < micros.length; i++) {
        micros[i] =
            1e6 / ours.get(i).getPrimaryResult().getScore()
                - 1e6 / plain.get(i).getPrimaryResult().getScore();
      }
      t.append(
          ReportFile.row(
              c.getValue(),
              score(name, 1),
              fmt2(ratio(name, "bisnode", 1)),
              String.format(Locale.ROOT, "%.1f", median(micros)),
              fmt0(alloc(name)),
              fmt0(alloc(name) - alloc("bisnode"))));
    }
    double noop = ratio("bisnode-noop-observations", "bisnode", 1);
    goal(
        "a listener on Micrometer's no-op registry within noise of none (≥ 0.95 × (a))",
        fmt2(noop) + " × (a)",
        noop >= 0.95);
    return t.toString();
  }

  /** The median over the rounds of the contender's ops/s divided by (b)'s in the same round. */
  private double ratio(String contender, int threads) {
    return ratio(contender, "apache", threads);
  }

  /**
   * The median over the rounds of the contender's ops/s divided by the base's in the same round.
   */
  private double ratio(String contender, String base, int threads) {
    List<RunResult> ours = runs(contender, threads);
    List<RunResult> floor = runs(base, threads);
    double[] ratios = new double[ours.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] =
          ours.get(i).getPrimaryResult().getScore() / floor.get(i).getPrimaryResult().getScore();
    }
    return median(ratios);
  }

  /** The median of the rounds, then each round's figure. */
  private String score(String contender, int threads) {
    List<RunResult> runs = runs(contender, threads);
    double[] scores = runs.stream().mapToDouble(r -> r.getPrimaryResult().getScore()).toArray();
    List<String> each = new ArrayList<>();
    for (double score : scores) {
      each.add(fmt0(score));
    }
    return fmt0(median(scores)) + (scores.length > 1 ? " (" + String.join(" / ", each) + ")" : "");
  }

  private double alloc(String contender) {
    List<RunResult> runs = runs(contender, 1);
    double[] bytes = new double[runs.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = Double.NaN;
      var secondary = runs.get(i).getSecondaryResults();
      for (String key : secondary.keySet()) {
        if (key.endsWith("gc.alloc.rate.norm")) {
          bytes[i] = secondary.get(key).getScore();
        }
      }
      if (Double.isNaN(bytes[i])) {
        throw new IllegalStateException("no gc.alloc.rate.norm for " + contender);
      }
    }
    return median(bytes);
  }

  private List<RunResult> runs(String contender, int threads) {
    List<RunResult> runs = clientRuns.get(contender + "@" + threads);
    if (runs == null || runs.isEmpty()) {
      throw new IllegalStateException("no JMH result for " + contender + " @ " + threads);
    }
    return runs;
  }

  /** The middle value; the mean of the two middle ones for an even count. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private String tokenCache() throws RunnerException {
    StringBuilder t = new StringBuilder();
    t.append("\n### Token cache hot path\n\n")
        .append(
            "`TokenCache.token()` with a valid one-hour token cached (JMH average time, ns per"
                + " call, mean ± 99.9 % error).\n\n")
        .append(ReportFile.row("threads", "ns/call", "goal < 50 ns"))
        .append(ReportFile.row("---:", "---:", "---"));
    for (int threads : new int[] {1, 2}) {
      Result<?> r =
          // a few nanoseconds in a tight loop: one fork and 1 s iterations are plenty
          new Runner(
                  jmh(TokenCacheBenchmark.class, threads)
                      .forks(1)
                      .warmupIterations(3)
                      .warmupTime(TimeValue.seconds(1))
                      .measurementIterations(5)
                      .measurementTime(TimeValue.seconds(1))
                      .build())
              .run()
              .iterator()
              .next()
              .getPrimaryResult();
      boolean met = r.getScore() < 50;
      t.append(
          ReportFile.row(
              threads,
              fmt1(r.getScore()) + " ± " + fmt1(r.getScoreError()),
              met ? "met" : "missed"));
      goal("token hot path < 50 ns, " + threads + " thread(s)", fmt1(r.getScore()) + " ns", met);
    }
    return t.toString();
  }

  private String async(String baseUrl) throws IOException, InterruptedException {
    StringBuilder t = new StringBuilder();
    t.append("\n### 1,000 concurrent asynchronous calls\n\n")
        .append(
            "`BenchPersonApi.searchSlowly` returns `CompletableFuture<PersonSearchResult>`; the"
                + " server holds each answer "
                + LoopbackServer.HOLD_MILLIS
                + " ms. One JVM of its own (`AsyncRun`): two warm-up rounds, then "
                + settings.asyncRounds()
                + " measured rounds of 1,000 calls started at once from one thread. Peak JVM"
                + " threads is `ThreadMXBean.getPeakThreadCount()` after a reset before the client"
                + " was built; the client's threads are those alive at the end that were not"
                + " before it was built.\n\n")
        .append(
            ReportFile.row(
                "pool (maxConnections)",
                "wall, median (min–max)",
                "JVM threads before the client",
                "peak JVM threads",
                "threads the client started",
                "their names"))
        .append(ReportFile.row("---:", "---:", "---:", "---:", "---:", "---"));
    int most = 0;
    for (int connections : new int[] {Fixtures.POOL, 1000}) {
      Map<String, String> r =
          childResult(
              AsyncRun.RESULT,
              List.of(
                  java,
                  "-Xmx1g",
                  "-cp",
                  classPath,
                  AsyncRun.class.getName(),
                  baseUrl,
                  String.valueOf(connections),
                  "1000",
                  String.valueOf(settings.asyncRounds())));
      int clientThreads = Integer.parseInt(r.get("clientThreads"));
      most = Math.max(most, clientThreads);
      t.append(
          ReportFile.row(
              connections + (connections == Fixtures.POOL ? " (the default)" : ""),
              r.get("medianMillis") + " ms (" + r.get("minMillis") + "–" + r.get("maxMillis") + ")",
              r.get("baselineThreads"),
              r.get("peakThreads"),
              clientThreads,
              "`" + r.get("names").replace('_', ' ') + "`"));
    }
    goal("1,000 async calls on ≤ 2 runtime threads", most + " threads", most <= 2);
    return t.toString();
  }

  private Map<String, String> childResult(String marker, List<String> command)
      throws IOException, InterruptedException {
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String result = null;
    StringBuilder seen = new StringBuilder();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        seen.append(line).append('\n');
        if (line.startsWith(marker + " ")) {
          result = line;
        }
      }
    }
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
    }
    if (result == null || child.exitValue() != 0) {
      throw new IllegalStateException(command.get(command.size() - 5) + " failed:\n" + seen);
    }
    OUT.println(result);
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : result.substring(marker.length() + 1).split(" ", -1)) {
      int eq = pair.indexOf('=');
      values.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return values;
  }

  private void goal(String goal, String measured, boolean met) {
    goals.add(new String[] {goal, measured, met ? "met" : "**missed**"});
  }

  private String goalTable() {
    StringBuilder t = new StringBuilder("\n### Goals\n\n");
    t.append(ReportFile.row("goal", "measured", "")).append(ReportFile.row("---", "---", "---"));
    for (String[] g : goals) {
      t.append(ReportFile.row((Object[]) g));
    }
    return t.toString();
  }

  private String header(
      String startedAt,
      long seconds,
      String loadBefore,
      List<String> busyBefore,
      List<String> busyAfter) {
    return "## Results of the last run\n\n"
        + "Generated by `"
        + settings.command()
        + "` on "
        + startedAt
        + " in "
        + Duration.ofSeconds(seconds).toMinutes()
        + " min "
        + seconds % 60
        + " s; every figure below comes from that one run.\n\n"
        + "- Machine: "
        + Machine.describe()
        + "\n- Load average (1 / 5 / 15 min) at the start: "
        + loadBefore
        + "; at the end: "
        + Machine.loadAverage()
        + "\n- Other processes busy at the start: "
        + (busyBefore.isEmpty() ? "none" : String.join("; ", busyBefore))
        + "\n- Other processes busy at the end: "
        + (busyAfter.isEmpty() ? "none" : String.join("; ", busyAfter))
        + "\n- JMH 1.37, clients: "
        + settings.rounds1()
        + " rounds at 1 thread and "
        + settings.rounds4()
        + " at 4 threads, each round one fork per client, each fork "
        + settings.warmupIterations()
        + " × "
        + settings.warmupSeconds()
        + " s warm-up and "
        + settings.iterations()
        + " × "
        + settings.iterationMillis() / 1000.0
        + " s measured; token cache: 1 fork, 3 × 1 s warm-up, 5 × 1 s measured; `-Xms1g -Xmx1g`;"
        + " the server (JDK HttpServer, 4 handler threads, its own"
        + " JVM, warmed with 20,000 searches from the JDK's HTTP client before JMH starts) on"
        + " 127.0.0.1; every client with a pool of "
        + Fixtures.POOL
        + " connections; the same "
        + Fixtures.SEARCH_BODY.length
        + "-byte JSON decoded by Gson "
        + gsonVersion()
        + " into the same records.\n";
  }

  /** Gson's version from its jar's Maven metadata: Retrofit's and Feign's converters use it too. */
  private static String gsonVersion() {
    try (var in =
        com.google.gson.Gson.class.getResourceAsStream(
            "/META-INF/maven/com.google.code.gson/gson/pom.properties")) {
      java.util.Properties p = new java.util.Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "(version unknown)");
    } catch (IOException e) {
      return "(version unknown)";
    }
  }

  private static String fmt0(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String fmt1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String fmt2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
