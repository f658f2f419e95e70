package io.github.bisnodeclient.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Counters and recorded requests, and the load the sandbox must carry. */
class SandboxTrafficTest {
  private BisnodeSandbox sandbox;
  private SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox = BisnodeSandbox.builder().recordedRequestLimit(5).start();
    http = new SandboxHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void countsTokenAndApiRequestsSeparately() {
    String token = http.token("bci");
    http.get(
        sandbox.consumerIntelligenceV2BaseUrl() + "/person/search?familyName=Lie&sourceCountry=NO",
        token);
    http.get(sandbox.hostUrl() + "/no-such-thing", token);

    assertEquals(1, sandbox.tokenRequestCount());
    assertEquals(2, sandbox.apiRequestCount());
    assertEquals(1, sandbox.maxConcurrentTokenRequests());
  }

  @Test
  void recordsWhatTheClientSent() {
    String token = http.token("bci");
    http.postJson(
        sandbox.consumerIntelligenceV3BaseUrl() + "/markets/se/persons/_find",
        token,
        "{\"legalId\":\"191212121212\"}");
    http.get(
        sandbox.consumerIntelligenceV2BaseUrl()
            + "/person/search?streetAddress=Vasagatan%209&sourceCountry=SE",
        token);

    List<RecordedRequest> recorded = sandbox.recordedRequests();
    assertEquals(3, recorded.size());

    RecordedRequest tokenRequest = recorded.get(0);
    assertEquals("POST", tokenRequest.method());
    assertEquals("/as/token.oauth2", tokenRequest.path());
    assertNull(tokenRequest.rawQuery());
    assertEquals(
        SandboxHttp.basic("sandbox-client", "sandbox-secret"),
        tokenRequest.header("authorization").orElseThrow());
    assertTrue(tokenRequest.body().startsWith("grant_type=client_credentials"));

    RecordedRequest find = recorded.get(1);
    assertEquals("/consumer-intelligence/v3/markets/se/persons/_find", find.path());
    assertEquals("{\"legalId\":\"191212121212\"}", find.body());
    assertEquals("application/json", find.header("Content-Type").orElseThrow());
    assertEquals(List.of("Bearer " + token), find.headers("AUTHORIZATION"));

    RecordedRequest search = recorded.get(2);
    assertEquals("GET", search.method());
    assertEquals("streetAddress=Vasagatan%209&sourceCountry=SE", search.rawQuery());
    assertEquals(
        "/consumerintelligence/person/v2/person/search?streetAddress=Vasagatan%209&sourceCountry=SE",
        search.target());
    assertEquals("", search.body());
    assertEquals(search, sandbox.lastRecordedRequest().orElseThrow());
    assertFalse(search.toString().contains(token), "toString hides the token");
  }

  @Test
  void keepsOnlyTheMostRecentRequests() {
    for (int i = 0; i < 8; i++) {
      http.get(sandbox.hostUrl() + "/nothing/" + i, "t");
    }

    List<RecordedRequest> recorded = sandbox.recordedRequests();
    assertEquals(5, recorded.size());
    assertEquals("/nothing/3", recorded.get(0).path());
    assertEquals("/nothing/7", recorded.get(4).path());
  }

  @Test
  void resetZeroesCountersAndForgetsRequestsButKeepsTokens() {
    String token = http.token("bci");
    http.get(
        sandbox.consumerIntelligenceV2BaseUrl() + "/person/search?familyName=Lie&sourceCountry=NO",
        token);

    sandbox.resetCounters();

    assertEquals(0, sandbox.tokenRequestCount());
    assertEquals(0, sandbox.apiRequestCount());
    assertEquals(0, sandbox.maxConcurrentTokenRequests());
    assertTrue(sandbox.recordedRequests().isEmpty());
    assertTrue(sandbox.lastRecordedRequest().isEmpty());
    assertEquals(
        200,
        http.get(
                sandbox.consumerIntelligenceV2BaseUrl()
                    + "/person/search?familyName=Lie&sourceCountry=NO",
                token)
            .statusCode());
  }

  @Test
  void serves64ConcurrentClientsAtOnce() throws Exception {
    String token = http.token("bci");
    String url =
        sandbox.consumerIntelligenceV2BaseUrl()
            + "/person/search?familyName=Svensson&sourceCountry=SE";
    int threads = 64;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        SandboxHttp own = new SandboxHttp(sandbox);
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  List<Integer> statuses = new ArrayList<>();
                  for (int i = 0; i < 10; i++) {
                    HttpResponse<String> response = own.get(url, token);
                    statuses.add(response.statusCode());
                  }
                  return statuses;
                }));
      }
      go.countDown();
      for (Future<List<Integer>> result : results) {
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200), result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(640, sandbox.apiRequestCount());
  }
}
