package io.github.bisnodeclient.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * One JVM, one contender, one call: sets the client up (a token request included), searches once,
 * checks the answer and prints {@link #DONE}, then how long {@code main} took to open the session
 * and to make the first call ({@link #PHASES}), the CPU time the process had used ({@link #CPU},
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
  static final String PHASES = "PHASES-MICROS ";

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
    long entered = System.nanoTime();
    PrintStream out = System.out;
    if (args[0].equals(JVM)) {
      report(out, 0, 0);
      return;
    }
    try (Session session = Session.open(args[0], args[1])) {
      long opened = System.nanoTime();
      Fixtures.check(session.search());
      report(out, opened - entered, System.nanoTime() - opened);
    }
  }

  /**
   * Prints the lines; {@code openNanos} from entering {@code main} to the session being open (the
   * client built, and for the peers their token fetched), {@code callNanos} from there to the first
   * search checked (for ours, its token request included).
   */
  private static void report(PrintStream out, long openNanos, long callNanos) {
    out.println(DONE);
    out.flush();
    out.println(PHASES + openNanos / 1000 + " " + callNanos / 1000);
    long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    out.println(CPU + cpu);
    out.println(CLASSES + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
    out.flush();
  }
}
