package io.github.bisnodeclient.examples.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One run of the demo with its exit code and what it printed. */
record DemoRun(int exitCode, String out, String err) {

  /** Runs the demo on the embedded sandbox: an environment without credentials. */
  static DemoRun embedded(String... args) {
    return run(Map.of(), args);
  }

  static DemoRun run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Demo.run(args, environment, new PrintWriter(out), new PrintWriter(err));
    return new DemoRun(code, out.toString(), err.toString());
  }

  /** The lines on standard error that are not the notice saying where the calls go. */
  String errorLines() {
    return err.lines()
        .filter(line -> !line.contains("embedded Bisnode sandbox") && !line.startsWith("Calling "))
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
  }
}
