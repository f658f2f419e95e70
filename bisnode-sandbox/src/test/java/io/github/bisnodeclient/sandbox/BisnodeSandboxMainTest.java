package io.github.bisnodeclient.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BisnodeSandboxMainTest {
  @Test
  void printsEveryUrlAndTheCredentials() {
    try (BisnodeSandbox sandbox =
        BisnodeSandboxMain.parse(new String[] {"--port", "0", "--token-lifetime", "90"}).start()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      BisnodeSandboxMain.describe(sandbox, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      String out = bytes.toString(StandardCharsets.UTF_8);

      assertTrue(out.contains("port " + sandbox.port()), out);
      assertTrue(out.contains(sandbox.tokenUrl()));
      assertTrue(out.contains(sandbox.consumerIntelligenceV2BaseUrl()));
      assertTrue(out.contains(sandbox.consumerIntelligenceV3BaseUrl()));
      assertTrue(out.contains(sandbox.creditDataCompaniesBaseUrl()));
      assertTrue(out.contains("sandbox-client"));
      assertTrue(out.contains("sandbox-secret"));
      assertEquals(
          90,
          SandboxHttp.json(
                  new SandboxHttp(sandbox)
                      .tokenRequest(
                          "sandbox-client",
                          "sandbox-secret",
                          "grant_type=client_credentials&scope=bci"))
              .get("expires_in")
              .getAsInt());
    }
  }

  @Test
  void helpAsksForNoSandbox() {
    assertNull(BisnodeSandboxMain.parse(new String[] {"--help"}));
  }

  @Test
  void refusesUnknownOrIncompleteArguments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BisnodeSandboxMain.parse(new String[] {"--prot", "1"}));
    assertThrows(
        IllegalArgumentException.class, () -> BisnodeSandboxMain.parse(new String[] {"--port"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> BisnodeSandboxMain.parse(new String[] {"--port", "x"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> BisnodeSandboxMain.parse(new String[] {"--port", "70000"}));
  }
}
