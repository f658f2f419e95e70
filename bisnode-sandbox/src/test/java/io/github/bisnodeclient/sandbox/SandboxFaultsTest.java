package io.github.bisnodeclient.sandbox;

import static io.github.bisnodeclient.sandbox.SandboxHttp.assertError;
import static io.github.bisnodeclient.sandbox.SandboxHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxFaultsTest {
  private static final String TOKEN_FORM = "grant_type=client_credentials&scope=bci";

  private BisnodeSandbox sandbox;
  private SandboxHttp http;
  private String searchUrl;

  @BeforeEach
  void start() {
    sandbox = BisnodeSandbox.start();
    http = new SandboxHttp(sandbox);
    searchUrl =
        sandbox.consumerIntelligenceV2BaseUrl() + "/person/search?familyName=Dahl&sourceCountry=NO";
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private HttpResponse<String> tokenRequest() {
    return http.tokenRequest("sandbox-client", "sandbox-secret", TOKEN_FORM);
  }

  @Test
  void failsTheNextTokenRequestsWithAStatusAndNoBody() {
    sandbox.faults().failNextTokenRequests(2, 503);

    HttpResponse<String> first = tokenRequest();
    HttpResponse<String> second = tokenRequest();
    HttpResponse<String> third = tokenRequest();

    assertEquals(503, first.statusCode());
    assertEquals("", first.body());
    assertEquals(503, second.statusCode());
    assertEquals(200, third.statusCode());
    assertEquals(3, sandbox.tokenRequestCount());
  }

  @Test
  void failsTheNextTokenRequestWithAnOAuthErrorBody() {
    sandbox.faults().failNextTokenRequests(1, 401, "invalid_client", "Client was disabled");

    HttpResponse<String> response = tokenRequest();

    assertEquals(401, response.statusCode());
    JsonObject body = json(response);
    assertEquals("invalid_client", body.get("error").getAsString());
    assertEquals("Client was disabled", body.get("error_description").getAsString());
    assertEquals(
        "Basic realm=\"bisnode\"", response.headers().firstValue("WWW-Authenticate").orElse(""));
    assertEquals(200, tokenRequest().statusCode());
  }

  @Test
  void theTokenEndpointStaysDownUntilSwitchedBack() {
    sandbox.faults().tokenEndpointUnavailable(true);
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> response = tokenRequest();
      assertEquals(503, response.statusCode());
      assertEquals("temporarily_unavailable", json(response).get("error").getAsString());
    }

    sandbox.faults().tokenEndpointUnavailable(false);

    assertEquals(200, tokenRequest().statusCode());
  }

  @Test
  void delayedTokenResponsesOverlapWhenRequestedTogether() {
    sandbox.faults().delayTokenResponses(Duration.ofMillis(300));

    long started = System.nanoTime();
    List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      both.add(CompletableFuture.supplyAsync(this::tokenRequest));
    }
    both.forEach(f -> assertEquals(200, f.join().statusCode()));

    assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 300);
    assertEquals(2, sandbox.maxConcurrentTokenRequests());
  }

  @Test
  void sequentialTokenRequestsNeverOverlap() {
    for (int i = 0; i < 20; i++) {
      assertEquals(200, tokenRequest().statusCode());
    }

    assertEquals(1, sandbox.maxConcurrentTokenRequests());
    assertEquals(20, sandbox.tokenRequestCount());
  }

  @Test
  void delaysApiResponses() {
    String token = http.token("bci");
    sandbox.faults().delayApiResponses(Duration.ofMillis(200));

    long started = System.nanoTime();
    assertEquals(200, http.get(searchUrl, token).statusCode());

    assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 200);
  }

  @Test
  void throttlesTheNextApiRequestsWithRetryAfter() {
    String token = http.token("bci");
    sandbox.faults().throttleNextApiRequests(2, 7);

    HttpResponse<String> first = http.get(searchUrl, token);
    HttpResponse<String> second = http.get(searchUrl, token);

    assertError(first, 429, "TOO_MANY_REQUESTS");
    assertEquals("7", first.headers().firstValue("Retry-After").orElse(""));
    assertEquals(429, second.statusCode());
    assertEquals(200, http.get(searchUrl, token).statusCode());
  }

  @Test
  void answersTheNextApiRequestWith503AndRetryAfter() {
    String token = http.token("bci");
    sandbox.faults().serviceUnavailableForNextApiRequests(1, 2);

    HttpResponse<String> response = http.get(searchUrl, token);

    assertError(response, 503, "SERVICE_UNAVAILABLE");
    assertEquals("2", response.headers().firstValue("Retry-After").orElse(""));
    assertEquals(200, http.get(searchUrl, token).statusCode());
  }

  @Test
  void failsTheNextApiRequestWithAnyStatus() {
    String token = http.token("bci");
    sandbox.faults().failNextApiRequests(1, 500);

    HttpResponse<String> response = http.get(searchUrl, token);

    assertError(response, 500, "INTERNAL_SERVER_ERROR");
    assertFalse(response.headers().firstValue("Retry-After").isPresent());
  }

  @Test
  void dropsTheNextTokenConnectionWithoutAResponse() {
    sandbox.faults().dropNextTokenConnections(1);

    assertThrows(UncheckedIOException.class, this::tokenRequest);
    assertEquals(200, tokenRequest().statusCode());
    assertEquals(2, sandbox.tokenRequestCount());
  }

  @Test
  void dropsTheNextApiConnectionWithoutAResponse() {
    String token = http.token("bci");
    sandbox.faults().dropNextApiConnections(1);
    String v3 = sandbox.consumerIntelligenceV3BaseUrl() + "/markets/no/persons/_find";

    assertThrows(
        UncheckedIOException.class, () -> http.postJson(v3, token, "{\"familyName\":\"Dahl\"}"));
    assertEquals(200, http.postJson(v3, token, "{\"familyName\":\"Dahl\"}").statusCode());
    assertEquals(2, sandbox.apiRequestCount());
  }

  @Test
  void dropsTheNextConnectionsWhateverTheyAreFor() {
    sandbox.faults().dropNextConnections(2);

    assertThrows(UncheckedIOException.class, this::tokenRequest);
    assertThrows(
        UncheckedIOException.class,
        () ->
            http.postJson(
                sandbox.consumerIntelligenceV3BaseUrl() + "/markets/no/persons/_find", "t", "{}"));
    assertEquals(200, tokenRequest().statusCode());
  }

  @Test
  void revokesEveryTokenIssuedSoFar() {
    String before = http.token("bci");
    sandbox.faults().revokeAllTokens();
    String after = http.token("bci");

    assertEquals(401, http.get(searchUrl, before).statusCode());
    assertEquals(200, http.get(searchUrl, after).statusCode());
  }

  @Test
  void issuesTokensWithAGivenLifetime() {
    sandbox.faults().tokenLifetime(Duration.ofSeconds(2));

    HttpResponse<String> response = tokenRequest();
    String token = json(response).get("access_token").getAsString();

    assertEquals(2, json(response).get("expires_in").getAsInt());
    assertEquals(200, http.get(searchUrl, token).statusCode());
    sandbox.advanceClock(Duration.ofSeconds(2));
    assertEquals(401, http.get(searchUrl, token).statusCode());
  }

  @Test
  void aZeroLifetimeTokenIsExpiredOnArrival() {
    sandbox.faults().tokenLifetime(Duration.ZERO);

    String token = json(tokenRequest()).get("access_token").getAsString();

    assertEquals(401, http.get(searchUrl, token).statusCode());
  }

  @Test
  void omitsExpiresInButStillExpiresTheToken() {
    sandbox.faults().omitExpiresIn(true);

    JsonObject body = json(tokenRequest());
    String token = body.get("access_token").getAsString();

    assertFalse(body.has("expires_in"));
    sandbox.advanceClock(Duration.ofSeconds(3600));
    assertEquals(401, http.get(searchUrl, token).statusCode());
  }

  @Test
  void sendsExpiresInAsAString() {
    sandbox.faults().expiresInAsString(true);

    JsonObject body = json(tokenRequest());

    assertTrue(body.get("expires_in").getAsJsonPrimitive().isString());
    assertEquals("3600", body.get("expires_in").getAsString());
  }

  @Test
  void sendsALowerCaseTokenType() {
    sandbox.faults().lowercaseTokenType(true);

    assertEquals("bearer", json(tokenRequest()).get("token_type").getAsString());
  }

  @Test
  void clearTurnsEverySwitchOff() {
    String token = http.token("bci");
    sandbox
        .faults()
        .failNextTokenRequests(5, 500)
        .tokenEndpointUnavailable(true)
        .throttleNextApiRequests(5, 1)
        .dropNextConnections(5)
        .omitExpiresIn(true)
        .expiresInAsString(true)
        .tokenLifetime(Duration.ofSeconds(1))
        .delayApiResponses(Duration.ofSeconds(5));

    sandbox.faults().clear();

    JsonObject body = json(tokenRequest());
    assertEquals(3600, body.get("expires_in").getAsInt());
    assertTrue(body.get("expires_in").getAsJsonPrimitive().isNumber());
    long started = System.nanoTime();
    assertEquals(200, http.get(searchUrl, token).statusCode());
    assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2000);
  }

  @Test
  void refusesNonsense() {
    assertThrows(
        IllegalArgumentException.class, () -> sandbox.faults().failNextTokenRequests(-1, 500));
    assertThrows(IllegalArgumentException.class, () -> sandbox.faults().failNextApiRequests(1, 42));
    assertThrows(
        IllegalArgumentException.class,
        () -> sandbox.faults().delayApiResponses(Duration.ofMillis(-1)));
  }
}
