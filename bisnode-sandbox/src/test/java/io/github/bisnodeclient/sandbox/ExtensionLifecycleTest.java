package io.github.bisnodeclient.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.bisnodeclient.runtime.BisnodeClient;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs a user's test class through JUnit and looks at the sandbox once the class is done. */
class ExtensionLifecycleTest {
  private static volatile BisnodeSandbox seen;
  private static volatile BisnodeClient seenClient;

  /** Not run by the build itself: inner classes are left to the launcher below. */
  @ExtendWith(BisnodeSandboxExtension.class)
  static class UsersTest {
    @Test
    void usesTheSandbox(BisnodeSandbox sandbox, BisnodeClient client) {
      seen = sandbox;
      seenClient = client;
      client.tokenCache("bci").token();
    }
  }

  @Test
  void closesTheSandboxAndTheClientAfterTheClass() {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(UsersTest.class)).build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();

    LauncherFactory.create().execute(request, listener);

    TestExecutionSummary summary = listener.getSummary();
    assertEquals(1, summary.getTestsSucceededCount(), () -> summary.getFailures().toString());
    assertNotNull(seen);
    assertTrue(seen.toString().endsWith(", closed]"), seen.toString());
    SandboxHttp http = new SandboxHttp(seen);
    assertThrows(UncheckedIOException.class, () -> http.token("bci"));
    assertThrows(RuntimeException.class, () -> seenClient.tokenCache("psd2").token());
  }
}
