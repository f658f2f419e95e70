package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the demo's calls go, shared by every subcommand: options and the client they make. */
final class Connection implements AutoCloseable {
  /** Bisnode's environments. */
  enum Env {
    /** Bisnode's production APIs. */
    production,
    /** Bisnode's own sandbox with test data. */
    sandbox,
    /** The sandbox embedded in this library, on this machine. */
    embedded
  }

  static final String SANDBOX_TOKEN_URL = "https://login.bisnode.com/sandbox/v1/token.oauth2";
  static final String SANDBOX_HOST = "https://sandbox-api.bisnode.com";

  @Option(
      names = "--env",
      description =
          "production, sandbox (Bisnode's) or embedded (local). Default: production when"
              + " BISNODE_CLIENT_ID and BISNODE_CLIENT_SECRET are set, embedded otherwise.")
  Env env;

  @Option(names = "--json", description = "Print the results as JSON instead of a table.")
  boolean json;

  @Option(
      names = "--repeat",
      paramLabel = "N",
      description = "Make the call N times and show how many token requests served them.")
  int repeat = 1;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  private BisnodeSandbox sandbox;
  private BisnodeClient client;

  /** Opens the client, starting the embedded sandbox when it is chosen or nothing else can be. */
  BisnodeClient open(PrintWriter out, Map<String, String> environment) {
    ErrorReport.verbose = verbose;
    String id = environment.get("BISNODE_CLIENT_ID");
    String secret = environment.get("BISNODE_CLIENT_SECRET");
    boolean haveCredentials = id != null && !id.isBlank() && secret != null && !secret.isBlank();
    Env chosen = env != null ? env : haveCredentials ? Env.production : Env.embedded;
    if (chosen != Env.embedded && !haveCredentials) {
      throw new IllegalArgumentException(
          "--env " + chosen + " needs BISNODE_CLIENT_ID and BISNODE_CLIENT_SECRET");
    }
    BisnodeClient.Builder builder = BisnodeClient.builder();
    switch (chosen) {
      case embedded -> {
        sandbox = BisnodeSandbox.start();
        out.println(
            "No BISNODE_CLIENT_ID/BISNODE_CLIENT_SECRET set: using the embedded Bisnode sandbox at "
                + sandbox.baseUrl());
        builder
            .credentials(sandbox.clientId(), sandbox.clientSecret())
            .tokenUrl(sandbox.tokenUrl())
            .baseUrl(sandbox.baseUrl());
      }
      case sandbox -> {
        builder.credentials(id, secret).tokenUrl(SANDBOX_TOKEN_URL);
        SandboxHosts.apply(builder);
      }
      case production -> builder.credentials(id, secret);
    }
    client = builder.build();
    return client;
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
