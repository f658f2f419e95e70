package io.github.bisnodeclient.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * One JVM, one contender, one call: sets the client up (a token request included), searches once,
 * checks the answer and prints {@link #DONE}, then the CPU time the process had used ({@link #CPU},
 * all its threads) and the number of classes the JVM had loaded ({@link #CLASSES}). {@link
 * StartupRun} times it from starting the process to reading the first line.
 *
 * <p>Both are read after {@link #DONE} is printed, so that they cost the timed part nothing; the
 * count includes the classes that {@code java.lang.management} loads to answer, as many for every
 * contender, and {@link #JVM}, which makes no call, shows them.
 */
public final class StartupProbe {
  static final String DONE = "FIRST-CALL-OK";
  static final String CLASSES = "CLASSES-LOADED ";
  static final String CPU = "CPU-MILLIS ";

  /** The floor: a JVM that prints {@link #DONE} and counts its classes, with no client at all. */
  static final String JVM = "jvm";

  private StartupProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the contender ({@link Session#NAMES}, or {@link #JVM}) and the loopback server's
   *     base URL
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    if (args[0].equals(JVM)) {
      report(out);
      return;
    }
    try (Session session = Session.open(args[0], args[1])) {
      Fixtures.check(session.search());
      report(out);
    }
  }

  private static void report(PrintStream out) {
    out.println(DONE);
    out.flush();
    long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    out.println(CPU + cpu);
    out.println(CLASSES + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
    out.flush();
  }
}
