package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the demo's calls go, shared by every subcommand: the options that choose it, and the client
 * they make. Notices about the choice go to standard error, so that {@code --json} output stays
 * JSON.
 */
final class Connection {
  /** Bisnode's environments. */
  enum Env {
    /** Bisnode's production APIs. */
    production,
    /** Bisnode's own sandbox with test data. */
    sandbox,
    /** The sandbox embedded in this library, on this machine. */
    embedded
  }

  /**
   * The runtime logs through {@code System.Logger}, which is java.util.logging here. The demo
   * reports each failure in one line of its own, so the library's warnings show only with {@code
   * --verbose}. A static reference: java.util.logging forgets the level of a logger nobody holds.
   */
  private static final Logger LIBRARY_LOG = Logger.getLogger("io.github.bisnodeclient");

  static final String SANDBOX_TOKEN_URL = "https://login.bisnode.com/sandbox/v1/token.oauth2";
  static final String SANDBOX_HOST = "https://sandbox-api.bisnode.com";

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--env",
      description =
          "production, sandbox (Bisnode's) or embedded (local). Default: production when"
              + " BISNODE_CLIENT_ID and BISNODE_CLIENT_SECRET are set, embedded otherwise.")
  Env env;

  @Option(
      names = "--token-url",
      paramLabel = "URL",
      description = "Another token endpoint, such as a standalone sandbox's (needs credentials).")
  String tokenUrl;

  @Option(
      names = "--api-host",
      paramLabel = "URL",
      description =
          "Send every API's calls to this host, each under its own base path, such as a"
              + " standalone sandbox's http://127.0.0.1:8089 (needs credentials).")
  String apiHost;

  @Option(names = "--json", description = "Print the results as JSON instead of a table.")
  boolean json;

  @Option(
      names = "--repeat",
      paramLabel = "N",
      description = "Make the call N times and show how many token requests served them.")
  int repeat = 1;

  @Option(
      names = "--verbose",
      description = "Print stack traces of errors, and the library's warnings.")
  boolean verbose;

  /**
   * Opens a client, makes the call {@code --repeat} times through the generated {@code api}, and
   * closes everything it started.
   *
   * @param api the {@code @BisnodeApi} interface
   * @param scope its scope, to count the tokens that served the calls
   * @param call what to call
   */
  <A, T> Repeat<T> call(Class<A> api, String scope, Function<A, T> call) {
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1");
    }
    LIBRARY_LOG.setLevel(verbose ? null : Level.OFF);
    Demo demo = (Demo) command.root().userObject();
    BisnodeSandbox sandbox = null;
    try {
      Env chosen = choose(demo.environment());
      if (chosen == Env.embedded) {
        sandbox = BisnodeSandbox.start();
      }
      try (BisnodeClient client = builder(chosen, demo.environment(), sandbox).build()) {
        A generated = client.create(api);
        return Repeat.run(repeat, client.tokenCache(scope), () -> call.apply(generated));
      }
    } finally {
      if (sandbox != null) {
        sandbox.close();
      }
    }
  }

  /** Where the report of repeated calls goes: beside the table, or aside from the JSON. */
  PrintWriter notes() {
    return json ? command.commandLine().getErr() : command.commandLine().getOut();
  }

  private Env choose(Map<String, String> environment) {
    boolean haveCredentials =
        !blank(environment.get("BISNODE_CLIENT_ID"))
            && !blank(environment.get("BISNODE_CLIENT_SECRET"));
    Env chosen = env != null ? env : haveCredentials ? Env.production : Env.embedded;
    if (chosen != Env.embedded && !haveCredentials) {
      throw new IllegalArgumentException(
          "--env " + chosen + " needs BISNODE_CLIENT_ID and BISNODE_CLIENT_SECRET");
    }
    if (chosen == Env.embedded && (tokenUrl != null || apiHost != null)) {
      throw new IllegalArgumentException(
          "--token-url and --api-host need BISNODE_CLIENT_ID and BISNODE_CLIENT_SECRET;"
              + " the embedded sandbox brings its own");
    }
    return chosen;
  }

  private BisnodeClient.Builder builder(
      Env chosen, Map<String, String> environment, BisnodeSandbox sandbox) {
    PrintWriter err = command.commandLine().getErr();
    if (chosen == Env.embedded) {
      err.println(
          (env == null ? "No BISNODE_CLIENT_ID/BISNODE_CLIENT_SECRET set: using" : "Using")
              + " the embedded Bisnode sandbox at "
              + sandbox.hostUrl());
      // each API under its real base path, as on Bisnode's hosts
      return sandbox.clientBuilder();
    }
    BisnodeClient.Builder builder =
        BisnodeClient.builder()
            .credentials(
                environment.get("BISNODE_CLIENT_ID"), environment.get("BISNODE_CLIENT_SECRET"))
            .tokenUrl(
                tokenUrl != null
                    ? tokenUrl
                    : chosen == Env.sandbox ? SANDBOX_TOKEN_URL : BisnodeClient.DEFAULT_TOKEN_URL);
    if (apiHost != null) {
      builder.apiHost(apiHost);
      err.println("Calling " + apiHost);
    } else if (chosen == Env.sandbox) {
      // Bisnode's sandbox serves every API at the same paths as production, on its own host
      builder.apiHost(SANDBOX_HOST);
      err.println("Calling Bisnode's sandbox at " + SANDBOX_HOST);
    }
    return builder;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
