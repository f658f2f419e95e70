package io.github.bisnodeclient.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.github.bisnodeclient.runtime.BisnodeClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension configured in code, through {@code @RegisterExtension}. */
@SandboxConfig(resetBeforeEach = false)
class RegisteredSandboxExtensionTest {
  @RegisterExtension
  static final BisnodeSandboxExtension SANDBOX =
      BisnodeSandboxExtension.configured(b -> b.client("bci-only", "bci-secret", "bci"));

  private static BisnodeSandbox sandbox;

  @BeforeAll
  static void remember(BisnodeSandbox injected) {
    sandbox = injected;
  }

  @Test
  void theConfiguredClientIsKnownButLimited(BisnodeSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);

    HttpResponse<String> allowed =
        http.tokenRequest("bci-only", "bci-secret", "grant_type=client_credentials&scope=bci");
    HttpResponse<String> refused =
        http.tokenRequest(
            "bci-only", "bci-secret", "grant_type=client_credentials&scope=credit_data_companies");

    assertEquals(200, allowed.statusCode());
    assertEquals(400, refused.statusCode());
  }

  @Test
  void theInjectedClientUsesTheDemoCredentials(BisnodeClient client) {
    assertNotSame(null, client.tokenCache("credit_data_companies").token());
    assertEquals("/as/token.oauth2", sandbox.lastRecordedRequest().orElseThrow().path());
  }

  @Test
  void countersAccumulateWhenResetIsOff(BisnodeSandbox sandbox) {
    new SandboxHttp(sandbox).token("bci");
    new SandboxHttp(sandbox).token("bci");

    // this test's two plus whatever earlier tests of the class sent
    assertEquals(true, sandbox.tokenRequestCount() >= 2);
  }
}
