package io.github.bisnodeclient.sandbox;

import static io.github.bisnodeclient.sandbox.SandboxHttp.assertError;
import static io.github.bisnodeclient.sandbox.SandboxHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bearer tokens, scopes and routing: what every API request goes through. */
class ApiAccessTest {
  private static final String SVEN =
      "/person/search?firstName=Sven&familyName=Svensson&streetAddress=Vasagatan%209"
          + "&sourceCountry=SE";
  private static final Instant FIXED = Instant.parse("2024-03-01T09:30:15.250Z");

  private BisnodeSandbox sandbox;
  private SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox =
        BisnodeSandbox.builder()
            .clock(Clock.fixed(FIXED, ZoneOffset.UTC))
            .client("bci-only", "bci-secret", "bci")
            .start();
    http = new SandboxHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private String searchUrl() {
    return sandbox.consumerIntelligenceV2BaseUrl() + SVEN;
  }

  private static void assertInvalidToken(HttpResponse<String> response, String message) {
    JsonObject body = assertError(response, 401, "UNAUTHORIZED");
    assertEquals(message, body.get("message").getAsString());
    String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(challenge.startsWith("Bearer "), challenge);
    assertTrue(challenge.contains("error=\"invalid_token\""), challenge);
  }

  @Test
  void aValidTokenWithTheScopeIsServed() {
    HttpResponse<String> response = http.get(searchUrl(), http.token("bci"));

    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void aMissingTokenIs401() {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(URI.create(searchUrl())).GET().build());

    JsonObject body = assertError(response, 401, "UNAUTHORIZED");
    assertTrue(body.get("message").getAsString().startsWith("Full authentication is required"));
    assertTrue(
        response.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
  }

  @Test
  void anUnknownTokenIs401() {
    assertInvalidToken(http.get(searchUrl(), "made-up-token"), "Invalid access token");
  }

  @Test
  void anotherSchemeThanBearerIs401() {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(searchUrl()))
                .header("Authorization", SandboxHttp.basic("sandbox-client", "sandbox-secret"))
                .GET()
                .build());

    assertError(response, 401, "UNAUTHORIZED");
  }

  @Test
  void anExpiredTokenIs401() {
    String token = http.token("bci");
    sandbox.advanceClock(Duration.ofSeconds(3599));
    assertEquals(200, http.get(searchUrl(), token).statusCode());

    sandbox.advanceClock(Duration.ofSeconds(1));

    assertInvalidToken(http.get(searchUrl(), token), "Access token expired");
  }

  @Test
  void aRevokedTokenIs401AndANewOneWorks() {
    String token = http.token("bci");
    sandbox.faults().revokeAllTokens();

    assertInvalidToken(http.get(searchUrl(), token), "Access token revoked");
    assertEquals(200, http.get(searchUrl(), http.token("bci")).statusCode());
  }

  @Test
  void aTokenWithoutTheApisScopeIs403() {
    String creditOnly = http.token("credit_data_companies");

    HttpResponse<String> response = http.get(searchUrl(), creditOnly);

    JsonObject body = assertError(response, 403, "FORBIDDEN");
    assertTrue(body.get("message").getAsString().contains("'bci'"));
    assertTrue(
        response
            .headers()
            .firstValue("WWW-Authenticate")
            .orElse("")
            .contains("error=\"insufficient_scope\""));
  }

  @Test
  void aClientLimitedToBciGets403FromCreditData() {
    HttpResponse<String> tokenResponse =
        http.tokenRequest("bci-only", "bci-secret", "grant_type=client_credentials&scope=bci");
    String token = json(tokenResponse).get("access_token").getAsString();

    HttpResponse<String> response =
        http.postJson(
            sandbox.creditDataCompaniesBaseUrl() + "/companies",
            token,
            "{\"country\":\"SE\",\"name\":\"AB\"}");

    assertError(response, 403, "FORBIDDEN");
  }

  @Test
  void anUnknownPathIs404WithTheErrorBodyNamingThePathsServed() {
    HttpResponse<String> response =
        http.get(sandbox.hostUrl() + "/consumerintelligence/person/v2/nothing", http.token("bci"));

    JsonObject body = assertError(response, 404, "NOT_FOUND");
    assertEquals(
        "No endpoint GET /consumerintelligence/person/v2/nothing; the sandbox serves"
            + " GET /consumerintelligence/person/v2/person/search,"
            + " POST /consumerintelligence/person/v2/person/match,"
            + " POST /consumer-intelligence/v3/markets/{market}/persons/_find,"
            + " POST /credit-data-companies/v2/companies,"
            + " POST /credit-data-companies/v2/companies/{country},"
            + " GET /credit-monitoring-companies/v1/portfolio,"
            + " GET /credit-monitoring-companies/v1/portfolio/companies,"
            + " PUT /credit-monitoring-companies/v1/portfolio/companies,"
            + " DELETE /credit-monitoring-companies/v1/portfolio/companies,"
            + " POST /credit-monitoring-companies/v1/portfolio/company,"
            + " POST /credit-monitoring-companies/v1/portfolio/events,"
            + " GET /credit-monitoring-companies/v1/portfolio/events/category/{country},"
            + " GET /credit-monitoring-companies/v1/portfolio/categories,"
            + " PUT /credit-monitoring-companies/v1/portfolio/categories,"
            + " PUT /credit-monitoring-companies/v1/portfolio/categories/{categoryId},"
            + " DELETE /credit-monitoring-companies/v1/portfolio/categories/{categoryId},"
            + " GET /credit-monitoring-companies/v1/portfolio/categories/{categoryId}/companies,"
            + " PUT /credit-monitoring-companies/v1/portfolio/categories/{categoryId}/companies,"
            + " DELETE /credit-monitoring-companies/v1/portfolio/categories/{categoryId}/companies,"
            + " POST /credit-monitoring-companies/v1/portfolio/categories/{categoryId}/companies,"
            + " POST /credit-monitoring-companies/v1/portfolio/categories/{categoryId}/events,"
            + " POST /credit-monitoring-companies/v1/references,"
            + " DELETE /credit-monitoring-companies/v1/references,"
            + " DELETE /credit-monitoring-companies/v1/references/all",
        body.get("message").getAsString());
  }

  @Test
  void aTypoInABasePathIs404AsAtBisnode() {
    HttpResponse<String> response =
        http.postJson(
            sandbox.hostUrl() + "/credit-data-compnaies/v2/companies",
            http.token("credit_data_companies"),
            "{\"country\":\"SE\",\"name\":\"AB\"}");

    JsonObject body = assertError(response, 404, "NOT_FOUND");
    assertTrue(
        body.get("message").getAsString().contains("POST /credit-data-companies/v2/companies"),
        body.toString());
  }

  @Test
  void aWrongMethodIs405WithAllow() {
    HttpResponse<String> response =
        http.postJson(
            sandbox.consumerIntelligenceV2BaseUrl() + "/person/search", http.token("bci"), "{}");

    assertError(response, 405, "METHOD_NOT_ALLOWED");
    assertEquals("GET", response.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void errorTimestampsComeFromTheSandboxClock() {
    JsonObject body = assertError(http.get(searchUrl(), "nope"), 401, "UNAUTHORIZED");

    assertEquals("2024-03-01T09:30:15.250", body.get("timestamp").getAsString());
  }

  @Test
  void everyApiIsServedUnderItsOwnBasePathOnly() {
    String bci = http.token("bci");
    String credit = http.token("credit_data_companies");
    String companySearch = "{\"country\":\"NO\",\"name\":\"Fjordlys\"}";
    String find = "{\"firstName\":\"Ingrid\",\"familyName\":\"Haugen\"}";

    for (String base :
        new String[] {
          sandbox.hostUrl(),
          sandbox.consumerIntelligenceV2BaseUrl(),
          sandbox.consumerIntelligenceV3BaseUrl(),
          sandbox.creditDataCompaniesBaseUrl()
        }) {
      int search = http.get(base + SVEN, bci).statusCode();
      int match =
          http.postJson(
                  base + "/person/match",
                  bci,
                  "{\"queries\":[{\"sourceCountry\":\"SE\",\"firstName\":\"Sven\"}]}")
              .statusCode();
      int v3 = http.postJson(base + "/markets/no/persons/_find", bci, find).statusCode();
      int companies = http.postJson(base + "/companies", credit, companySearch).statusCode();
      boolean v2Base = base.equals(sandbox.consumerIntelligenceV2BaseUrl());
      boolean v3Base = base.equals(sandbox.consumerIntelligenceV3BaseUrl());
      boolean creditBase = base.equals(sandbox.creditDataCompaniesBaseUrl());
      assertEquals(v2Base ? 200 : 404, search, base);
      assertEquals(v2Base ? 200 : 404, match, base);
      assertEquals(v3Base ? 200 : 404, v3, base);
      assertEquals(creditBase ? 200 : 404, companies, base);
    }
  }

  @Test
  void aShortBuilderLifetimeIsAnnouncedAndEnforced() {
    try (BisnodeSandbox shortLived =
        BisnodeSandbox.builder().tokenLifetime(Duration.ofSeconds(5)).start()) {
      SandboxHttp shortHttp = new SandboxHttp(shortLived);
      HttpResponse<String> response =
          shortHttp.tokenRequest(
              "sandbox-client", "sandbox-secret", "grant_type=client_credentials&scope=bci");
      assertEquals(5, json(response).get("expires_in").getAsInt());
      String token = json(response).get("access_token").getAsString();

      shortLived.advanceClock(Duration.ofSeconds(5));

      assertEquals(
          401,
          shortHttp.get(shortLived.consumerIntelligenceV2BaseUrl() + SVEN, token).statusCode());
    }
  }
}
