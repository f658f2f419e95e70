package io.github.bisnodeclient.examples.demo;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line demo: calls Bisnode's APIs through the generated clients. Without {@code
 * BISNODE_CLIENT_ID} and {@code BISNODE_CLIENT_SECRET} in the environment it starts the embedded
 * sandbox and calls that.
 */
@Command(
    name = "bisnode-demo",
    mixinStandardHelpOptions = true,
    version = "bisnode-demo 0.1.0",
    description = "Calls Bisnode's APIs through typed clients generated at compile time.",
    subcommands = {PersonSearchCommand.class})
public final class Demo implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the demo.
   *
   * @param args the command line; {@code person-search} when empty
   */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Runs the demo with the given output streams and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Demo());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new ErrorReport());
    int code = commandLine.execute(args.length == 0 ? new String[] {"person-search"} : args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
