package io.github.bisnodeclient.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the figures were measured on, and how busy the machine was. */
final class Machine {
  private Machine() {}

  static String describe() {
    return String.format(
        Locale.ROOT,
        "%s, %d cores, %s RAM; %s %s (%s); %s %s",
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        memory(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"),
        System.getProperty("os.name"),
        System.getProperty("os.version"));
  }

  /** The 1, 5 and 15 minute load averages. */
  static String loadAverage() {
    String[] parts = read("/proc/loadavg").split("\\s+", -1);
    return parts.length >= 3 ? parts[0] + " / " + parts[1] + " / " + parts[2] : "unknown";
  }

  /**
   * Other processes that used more than 5 % of a core over one second, from {@code /proc}: what
   * else competed for the two cores while the figures were taken.
   */
  static List<String> busyProcesses() {
    Map<Long, Long> first = cpuTicks();
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
    Map<Long, Long> second = cpuTicks();
    long self = ProcessHandle.current().pid();
    List<String> busy = new ArrayList<>();
    second.forEach(
        (pid, ticks) -> {
          long used = ticks - first.getOrDefault(pid, ticks);
          // 100 ticks a second: 5 ticks is 5 % of one core
          if (pid != self && used >= 5) {
            busy.add(
                String.format(Locale.ROOT, "%s (pid %d, %d %% of a core)", name(pid), pid, used));
          }
        });
    return busy;
  }

  private static Map<Long, Long> cpuTicks() {
    Map<Long, Long> ticks = new HashMap<>();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path proc : procs) {
        String stat = read(proc.resolve("stat").toString());
        int close = stat.lastIndexOf(')');
        if (close < 0) {
          continue;
        }
        String[] f = stat.substring(close + 2).split(" ", -1);
        // after the name: state is field 3, utime field 14 and stime field 15
        if (f.length > 12) {
          ticks.put(
              Long.parseLong(proc.getFileName().toString()),
              Long.parseLong(f[11]) + Long.parseLong(f[12]));
        }
      }
    } catch (IOException | RuntimeException e) {
      // no /proc: nothing to report
    }
    return ticks;
  }

  /** The command's name and its working directory: which build, in which worktree. */
  private static String name(long pid) {
    String comm = read("/proc/" + pid + "/comm").trim();
    String cmdline = read("/proc/" + pid + "/cmdline");
    if (cmdline.contains("org.codehaus.plexus.classworlds")) {
      comm = "maven";
    }
    try {
      return comm + " in " + Files.readSymbolicLink(Path.of("/proc/" + pid + "/cwd"));
    } catch (IOException | RuntimeException e) {
      return comm.isEmpty() ? "?" : comm;
    }
  }

  private static String cpuModel() {
    for (String line : read("/proc/cpuinfo").split("\n", -1)) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return System.getProperty("os.arch");
  }

  private static String memory() {
    for (String line : read("/proc/meminfo").split("\n", -1)) {
      if (line.startsWith("MemTotal:")) {
        long kb = Long.parseLong(line.replaceAll("\\D", ""));
        return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
      }
    }
    return "unknown";
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
