package io.github.bisnodeclient.benchmarks;

import java.io.PrintStream;

/**
 * One JVM, one contender, one call: sets the client up (a token request included), searches once,
 * checks the answer and prints {@link #DONE}. {@link BenchmarkMain} times it from starting the
 * process to reading that line.
 */
public final class StartupProbe {
  static final String DONE = "FIRST-CALL-OK";

  private StartupProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the contender ({@link Session#NAMES}) and the loopback server's base URL
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    try (Session session = Session.open(args[0], args[1])) {
      Fixtures.check(session.search());
      out.println(DONE);
      out.flush();
    }
  }
}
