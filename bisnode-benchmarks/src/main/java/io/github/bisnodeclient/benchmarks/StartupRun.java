package io.github.bisnodeclient.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up to the first call: {@link StartupProbe} in a fresh JVM per run, {@code runs} per
 * contender, interleaved (each round starts with the next contender), timed from starting {@code
 * java} to reading the line printed after the first successful search.
 */
final class StartupRun {
  /** Ours first, then the peers, then the JVM alone. */
  static final List<String> CONTENDERS =
      List.of("bisnode", "retrofit", "feign", "apache", "feign-hc5", StartupProbe.JVM);

  /**
   * One contender's runs: milliseconds to the first call, the CPU milliseconds the process had used
   * by then, and classes loaded by then.
   */
  record Runs(
      List<Long> millis,
      List<Long> cpuMillis,
      List<Long> classes,
      List<Long> openMicros,
      List<Long> callMicros) {
    Runs() {
      this(
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>());
    }

    long medianOpenMillis() {
      return median(openMicros) / 1000;
    }

    long medianCallMillis() {
      return median(callMicros) / 1000;
    }

    /** From starting {@code java} to entering {@code main}: the median of each run's remainder. */
    long medianBeforeMainMillis() {
      List<Long> before = new ArrayList<>();
      for (int i = 0; i < millis.size(); i++) {
        before.add(millis.get(i) - (openMicros.get(i) + callMicros.get(i)) / 1000);
      }
      return median(before);
    }

    long medianMillis() {
      return median(millis);
    }

    long medianCpuMillis() {
      return median(cpuMillis);
    }

    long medianClasses() {
      return median(classes);
    }

    long minMillis() {
      return millis.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    long maxMillis() {
      return millis.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static long median(List<Long> values) {
      List<Long> sorted = new ArrayList<>(values);
      sorted.sort(null);
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
  }

  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final String classPath;
  private final String baseUrl;

  StartupRun(String classPath, String baseUrl) {
    this.classPath = classPath;
    this.baseUrl = baseUrl;
  }

  Map<String, Runs> measure(int runs) throws IOException, InterruptedException {
    Map<String, Runs> result = new LinkedHashMap<>();
    CONTENDERS.forEach(c -> result.put(c, new Runs()));
    for (int run = 0; run < runs; run++) {
      for (int i = 0; i < CONTENDERS.size(); i++) {
        String contender = CONTENDERS.get((i + run) % CONTENDERS.size());
        long[] once = once(contender);
        Runs runsOf = result.get(contender);
        runsOf.millis().add(once[0]);
        runsOf.cpuMillis().add(once[1]);
        runsOf.classes().add(once[2]);
        runsOf.openMicros().add(once[3]);
        runsOf.callMicros().add(once[4]);
      }
    }
    return result;
  }

  /**
   * One JVM: milliseconds to the first call, CPU milliseconds used and classes loaded then, and the
   * microseconds {@code main} took to open the session and to make the call.
   */
  private long[] once(String contender) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(java, "-cp", classPath, StartupProbe.class.getName(), contender, baseUrl)
            .redirectErrorStream(true);
    long start = System.nanoTime();
    Process probe = builder.start();
    long elapsed = -1;
    long classes = -1;
    long cpu = -1;
    long open = -1;
    long call = -1;
    StringBuilder seen = new StringBuilder();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.equals(StartupProbe.DONE) && elapsed < 0) {
          elapsed = System.nanoTime() - start;
        } else if (line.startsWith(StartupProbe.CPU)) {
          cpu = Long.parseLong(line.substring(StartupProbe.CPU.length()).trim());
        } else if (line.startsWith(StartupProbe.PHASES)) {
          String[] phases = line.substring(StartupProbe.PHASES.length()).trim().split(" ", -1);
          open = Long.parseLong(phases[0]);
          call = Long.parseLong(phases[1]);
        } else if (line.startsWith(StartupProbe.CLASSES)) {
          classes = Long.parseLong(line.substring(StartupProbe.CLASSES.length()).trim());
        } else {
          seen.append(line).append('\n');
        }
      }
    }
    if (!probe.waitFor(60, TimeUnit.SECONDS)) {
      probe.destroyForcibly();
    }
    if (elapsed < 0 || classes < 0 || cpu < 0 || open < 0 || call < 0) {
      throw new IllegalStateException(contender + " start-up probe failed:\n" + seen);
    }
    return new long[] {TimeUnit.NANOSECONDS.toMillis(elapsed), cpu, classes, open, call};
  }
}
