package io.github.bisnodeclient.examples.demo;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
    subcommands = {
      PersonSearchCommand.class,
      PersonFindCommand.class,
      CompanySearchCommand.class,
      CreditReportCommand.class,
      MonitorCommand.class
    },
    footer = {
      "",
      "Without BISNODE_CLIENT_ID and BISNODE_CLIENT_SECRET every command runs on the embedded"
          + " sandbox.",
      "Exit codes: 0 done, 2 invalid request, 3 authentication failed, 4 missing scope,",
      "            5 Bisnode unreachable, 6 other API error, 64 wrong usage."
    })
public final class Demo implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> environment;

  private Demo(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

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
    System.exit(run(args, System.getenv(), out, err));
  }

  /**
   * Runs the demo with the given environment and output streams and returns the exit code.
   * Credentials come from {@code environment}, never from the process's, so tests choose them.
   */
  static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Demo(environment));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    CommandLine.IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
    commandLine.setParameterExceptionHandler(
        (wrong, arguments) -> {
          usage.handleParseException(wrong, arguments);
          return ErrorReport.USAGE; // picocli's default, 2, is the exit code of Bisnode's 400
        });
    commandLine.setExecutionExceptionHandler(new ErrorReport());
    int code = commandLine.execute(args.length == 0 ? new String[] {"person-search"} : args);
    out.flush();
    err.flush();
    return code;
  }

  /** The environment the demo was started with: credentials are read from it. */
  Map<String, String> environment() {
    return environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
