package io.github.bisnodeclient.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.internal.ApiTarget;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test class that uses the extension as users will. */
@ExtendWith(BisnodeSandboxExtension.class)
@SandboxConfig(tokenLifetimeSeconds = 600)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BisnodeSandboxExtensionTest {
  private static BisnodeSandbox fromBeforeAll;
  private final BisnodeSandbox fromConstructor;

  BisnodeSandboxExtensionTest(BisnodeSandbox sandbox) {
    this.fromConstructor = sandbox;
  }

  @BeforeAll
  static void remember(BisnodeSandbox sandbox) {
    fromBeforeAll = sandbox;
  }

  @AfterAll
  static void stillRunningUntilTheClassEnds(BisnodeSandbox sandbox) {
    assertSame(fromBeforeAll, sandbox);
    assertEquals(
        401,
        new SandboxHttp(sandbox)
            .get(
                sandbox.consumerIntelligenceV2BaseUrl()
                    + "/person/search?familyName=Lie&sourceCountry=NO",
                "x")
            .statusCode());
  }

  @Test
  @Order(1)
  void injectsOneSandboxPerClassEverywhere(BisnodeSandbox sandbox) {
    assertSame(fromBeforeAll, sandbox);
    assertSame(fromConstructor, sandbox);
    assertEquals("http://127.0.0.1:" + sandbox.port(), sandbox.hostUrl());
  }

  @Test
  @Order(2)
  void injectsAReadyClientWithTheSandboxsSettings(BisnodeClient client, BisnodeSandbox sandbox) {
    assertEquals(Duration.ofSeconds(600), client.tokenCache("bci").token().lifetime());
    assertEquals(1, sandbox.tokenRequestCount());
    sandbox.faults().throttleNextApiRequests(100, 1);
  }

  @Test
  @Order(3)
  void resetsCountersAndFaultsBeforeEachTest(BisnodeClient client, BisnodeSandbox sandbox) {
    assertEquals(0, sandbox.tokenRequestCount());
    assertEquals(0, sandbox.recordedRequests().size());
    // the client kept its token; the throttle set by the previous test is gone
    String token = client.tokenCache("bci").token().value();
    assertEquals(0, sandbox.tokenRequestCount());
    assertEquals(
        200,
        new SandboxHttp(sandbox)
            .get(
                sandbox.consumerIntelligenceV2BaseUrl()
                    + "/person/search?familyName=Lie&sourceCountry=NO",
                token)
            .statusCode());
  }

  @Test
  @Order(4)
  void pointsEachInterfaceAtTheSandboxUnderItsOwnPath(
      BisnodeClient client, BisnodeSandbox sandbox) {
    assertEquals(
        sandbox.hostUrl() + "/consumerintelligence/person/v2",
        ApiTarget.of(
                client,
                Object.class,
                "https://api.bisnode.com/consumerintelligence/person/v2",
                "bci")
            .baseUrl());
    assertEquals(
        sandbox.hostUrl() + "/credit-data-compnaies/v9",
        ApiTarget.of(
                client, Object.class, "https://api.bisnode.com/credit-data-compnaies/v9", "bci")
            .baseUrl());
  }

  @Test
  @Order(5)
  void injectsTheSameClientInEveryTest(BisnodeClient first, BisnodeClient second) {
    assertNotNull(first);
    assertSame(first, second);
  }

  @Nested
  class NestedTests {
    @Test
    void shareTheOuterClasssSandbox(BisnodeSandbox sandbox) {
      assertSame(fromBeforeAll, sandbox);
    }
  }
}
