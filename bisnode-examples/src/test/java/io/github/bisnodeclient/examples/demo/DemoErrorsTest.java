package io.github.bisnodeclient.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo with credentials from its environment, pointed at a sandbox by {@code --token-url} and
 * {@code --api-host} (as a user points it at a standalone sandbox): one error of each kind.
 */
class DemoErrorsTest {
  private static final String PERSONS_ONLY = "persons-only";
  private static final String PERSONS_ONLY_SECRET = "persons-only-secret";

  @RegisterExtension
  static final BisnodeSandboxExtension EXTENSION =
      BisnodeSandboxExtension.configured(b -> b.client(PERSONS_ONLY, PERSONS_ONLY_SECRET, "bci"));

  private BisnodeSandbox sandbox;

  @BeforeEach
  void keep(BisnodeSandbox sandbox) {
    this.sandbox = sandbox;
  }

  private DemoRun run(String clientId, String secret, String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--token-url";
    all[args.length + 1] = sandbox.tokenUrl();
    all[args.length + 2] = "--api-host";
    all[args.length + 3] = sandbox.hostUrl();
    return DemoRun.run(Map.of("BISNODE_CLIENT_ID", clientId, "BISNODE_CLIENT_SECRET", secret), all);
  }

  @Test
  void credentialsFromTheEnvironmentReachTheSandboxGiven() {
    DemoRun run = run(sandbox.clientId(), sandbox.clientSecret(), "person-search");

    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("Calling " + sandbox.hostUrl() + "\n", run.err());
    assertTrue(run.out().contains("Sven Henning Svensson"), run.out());
    assertEquals(1, sandbox.tokenRequestCount());
  }

  @Test
  void aWrongSecretIsAnAuthenticationFailureInOneLine() {
    DemoRun run = run(sandbox.clientId(), "wrong-secret", "person-search");

    assertEquals(ErrorReport.AUTHENTICATION, run.exitCode(), run.toString());
    assertEquals(
        "Authentication failed: Token request to "
            + sandbox.tokenUrl()
            + " failed: HTTP 401, error invalid_client"
            + " (Invalid client or Invalid client credentials)."
            + " Check BISNODE_CLIENT_ID and BISNODE_CLIENT_SECRET.",
        run.errorLines());
    assertEquals("", run.out());
  }

  @Test
  void aClientWithoutTheApisScopeIsAMissingScope() {
    DemoRun run = run(PERSONS_ONLY, PERSONS_ONLY_SECRET, "company-search", "--name", "Norrsken");

    assertEquals(ErrorReport.MISSING_SCOPE, run.exitCode(), run.toString());
    assertTrue(run.errorLines().startsWith("Missing scope: Token request to "), run.toString());
    assertTrue(run.errorLines().contains("invalid_scope"), run.toString());
    assertTrue(run.errorLines().endsWith("ask Bisnode to add it."), run.toString());
    assertEquals(0, sandbox.apiRequestCount());
  }

  @Test
  void theSameClientMayStillSearchPersons() {
    DemoRun run = run(PERSONS_ONLY, PERSONS_ONLY_SECRET, "person-find");

    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("Sven Henning Svensson"), run.out());
  }

  @Test
  void noAnswerIsUnreachableNotAnAuthenticationFailure() {
    DemoRun run =
        DemoRun.run(
            Map.of("BISNODE_CLIENT_ID", "someone", "BISNODE_CLIENT_SECRET", "secret"),
            "person-search",
            "--token-url",
            "http://127.0.0.1:1/as/token.oauth2",
            "--api-host",
            "http://127.0.0.1:1");

    assertEquals(ErrorReport.UNREACHABLE, run.exitCode(), run.toString());
    assertTrue(
        run.errorLines()
            .startsWith(
                "Cannot reach Bisnode: Token request to http://127.0.0.1:1/as/token.oauth2 failed:"
                    + " no response"),
        run.toString());
    assertEquals(1, run.errorLines().lines().count(), "one line: " + run);
  }

  @Test
  void verbosePrintsTheStackTrace() {
    DemoRun run = run(sandbox.clientId(), "wrong-secret", "person-search", "--verbose");

    assertEquals(ErrorReport.AUTHENTICATION, run.exitCode(), run.toString());
    assertTrue(run.err().contains("BisnodeAuthException"), run.toString());
    assertTrue(run.err().contains("\tat "), run.toString());
  }

  @Test
  void bisnodesSandboxNeedsCredentials() {
    DemoRun run = DemoRun.embedded("person-search", "--env", "sandbox");

    assertEquals(ErrorReport.USAGE, run.exitCode(), run.toString());
    assertEquals(
        "Invalid arguments: --env sandbox needs BISNODE_CLIENT_ID and BISNODE_CLIENT_SECRET",
        run.err().strip());
  }
}
