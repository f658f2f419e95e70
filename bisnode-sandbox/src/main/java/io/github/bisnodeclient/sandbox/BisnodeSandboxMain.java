package io.github.bisnodeclient.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Runs the sandbox on its own until Ctrl-C:
 *
 * <pre>
 * java -jar bisnode-sandbox-VERSION-standalone.jar [--port N] [--token-lifetime SECONDS]
 * </pre>
 *
 * <p>It prints the token URL, every base URL and the demo credentials.
 */
public final class BisnodeSandboxMain {
  private static final String USAGE =
      """
      Usage: java -jar bisnode-sandbox-standalone.jar [--port N] [--token-lifetime SECONDS]
        --port N                  listen on 127.0.0.1:N (default 0: a free port)
        --token-lifetime SECONDS  how long tokens live (default 3600)""";

  private BisnodeSandboxMain() {}

  /**
   * Starts the sandbox and serves until the JVM is stopped.
   *
   * @param args {@code --port N}, {@code --token-lifetime SECONDS}, {@code --help}
   * @throws InterruptedException if the main thread is interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    BisnodeSandbox.Builder builder;
    try {
      builder = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (builder == null) {
      System.out.println(USAGE);
      return;
    }
    BisnodeSandbox sandbox = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                },
                "bisnode-sandbox-shutdown"));
    describe(sandbox, System.out);
    stopped.await();
  }

  /** The builder the arguments describe, or null when only help was asked for. */
  static BisnodeSandbox.@Nullable Builder parse(String[] args) {
    BisnodeSandbox.Builder builder = BisnodeSandbox.builder();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> {
          return null;
        }
        case "--port" -> builder.port(number(args, ++i, arg));
        case "--token-lifetime" ->
            builder.tokenLifetime(Duration.ofSeconds(number(args, ++i, arg)));
        default -> throw new IllegalArgumentException("Unknown argument: " + arg);
      }
    }
    return builder;
  }

  private static int number(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    try {
      return Integer.parseInt(args[index]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, not " + args[index]);
    }
  }

  static void describe(BisnodeSandbox sandbox, PrintStream out) {
    out.println(
        "Bisnode sandbox listening on " + sandbox.hostUrl() + " (port " + sandbox.port() + ")");
    out.println("  Token URL:                  " + sandbox.tokenUrl());
    out.println("  Consumer Intelligence v2:   " + sandbox.consumerIntelligenceV2BaseUrl());
    out.println("  Consumer Intelligence v3:   " + sandbox.consumerIntelligenceV3BaseUrl());
    out.println("  Credit data companies v2:   " + sandbox.creditDataCompaniesBaseUrl());
    out.println("  Credit monitoring v1:       " + sandbox.creditMonitoringCompaniesBaseUrl());
    out.println(
        "  API host (apiHost):         "
            + sandbox.hostUrl()
            + "  (each API only under its own base path, as at Bisnode)");
    out.println("  Client id:                  " + sandbox.clientId());
    out.println("  Client secret:              " + sandbox.clientSecret());
    out.println(
        "  Scopes:                     "
            + String.join(" ", new TreeSet<>(BisnodeSandbox.KNOWN_SCOPES)));
    out.println("Try:");
    out.println(
        "  curl -u "
            + sandbox.clientId()
            + ":"
            + sandbox.clientSecret()
            + " -d grant_type=client_credentials -d scope=bci "
            + sandbox.tokenUrl());
    out.println(
        "  curl -H \"Authorization: Bearer $TOKEN\" '"
            + sandbox.consumerIntelligenceV2BaseUrl()
            + "/person/search?firstName=Sven&familyName=Svensson&streetAddress=Vasagatan%209&sourceCountry=SE'");
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }
}
