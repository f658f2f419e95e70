package io.github.bisnodeclient.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.runtime.AccessToken;
import io.github.bisnodeclient.runtime.BisnodeAuthException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our own runtime's token requests are accepted as they are sent. */
class RuntimeClientTest {
  private BisnodeSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = BisnodeSandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void theRuntimesTokenRequestIsAcceptedAndItsTokenServed() {
    try (BisnodeClient client = sandbox.newClient()) {
      AccessToken token = client.tokenCache("bci").token();

      assertEquals(Duration.ofSeconds(3600), token.lifetime());
      RecordedRequest request = sandbox.lastRecordedRequest().orElseThrow();
      assertEquals("/as/token.oauth2", request.path());
      assertTrue(request.header("Authorization").orElseThrow().startsWith("Basic "));
      assertTrue(
          request
              .header("Content-Type")
              .orElseThrow()
              .startsWith("application/x-www-form-urlencoded"));
      assertEquals("grant_type=client_credentials&scope=bci", request.body());

      SandboxHttp http = new SandboxHttp(sandbox);
      assertEquals(
          200,
          http.get(
                  sandbox.consumerIntelligenceV2BaseUrl()
                      + "/person/search?familyName=Korhonen&sourceCountry=FI",
                  token.value())
              .statusCode());
    }
  }

  @Test
  void manyThreadsShareOneTokenRequest() throws Exception {
    sandbox.faults().delayTokenResponses(Duration.ofMillis(200));
    try (BisnodeClient client = sandbox.newClient()) {
      ExecutorService pool = Executors.newFixedThreadPool(64);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<AccessToken>> tokens = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
          tokens.add(
              pool.submit(
                  () -> {
                    go.await();
                    return client.tokenCache("bci credit_data_companies").token();
                  }));
        }
        go.countDown();
        AccessToken first = tokens.get(0).get();
        for (Future<AccessToken> token : tokens) {
          assertSame(first, token.get());
        }
      } finally {
        pool.shutdownNow();
      }
    }
    assertEquals(1, sandbox.tokenRequestCount());
    assertEquals(1, sandbox.maxConcurrentTokenRequests());
  }

  @Test
  void theRuntimeSeesTheSandboxsOAuthErrors() {
    sandbox.faults().failNextTokenRequests(1, 400, "invalid_scope", "not for you");
    try (BisnodeClient client = sandbox.newClient()) {
      BisnodeAuthException e =
          assertThrows(BisnodeAuthException.class, () -> client.tokenCache("bci").token());

      assertEquals(400, e.status());
      assertEquals("invalid_scope", e.error().orElseThrow());
      assertEquals("not for you", e.errorDescription().orElseThrow());
    }
  }

  @Test
  void theClientBuilderCanBeAdjusted() {
    try (BisnodeClient client =
        sandbox.clientBuilder().refreshMargin(Duration.ofSeconds(10)).build()) {
      assertEquals(Duration.ofSeconds(3600), client.tokenCache("psd2").token().lifetime());
    }
    assertEquals(1, sandbox.tokenRequestCount());
  }
}
