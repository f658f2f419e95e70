package io.github.bisnodeclient.spring.boot.tests;

import static io.github.bisnodeclient.spring.boot.tests.Sandbox.SANDBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.bisnodeclient.runtime.AccessToken;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.ClientAuthentication;
import io.github.bisnodeclient.runtime.TokenCache;
import io.github.bisnodeclient.spring.boot.BisnodeProperties;
import io.github.bisnodeclient.spring.boot.tests.api.CompanyLookupApi;
import io.github.bisnodeclient.spring.boot.tests.api.PersonLookupApi;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter in a running application on a real port, against the embedded sandbox: properties
 * bound, the generated interfaces injected and calling, health and metrics over HTTP. The last test
 * takes the health DOWN; the order keeps it last.
 */
@SpringBootTest(
    classes = LookupApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "management.endpoints.web.exposure.include=health,metrics",
      "management.endpoint.health.show-details=always",
      "bisnode.refresh-margin=45s",
      "bisnode.response-timeout=20s",
      "bisnode.max-connections=7",
      "bisnode.max-response-size=2MB",
      "bisnode.client-authentication=basic-form-encoded",
      "bisnode.retry-backoff=50ms"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StarterTest {
  @DynamicPropertySource
  static void bisnode(DynamicPropertyRegistry registry) {
    Sandbox.properties(registry);
  }

  @Autowired ApplicationContext context;
  @Autowired BisnodeProperties properties;
  @Autowired BisnodeClient client;
  @Autowired CompanyLookupApi companies;
  @Autowired PersonLookupApi persons;
  @Autowired Environment environment;

  @AfterEach
  void clearFaults() {
    SANDBOX.faults().clear();
  }

  private int port() {
    return environment.getRequiredProperty("local.server.port", Integer.class);
  }

  @Test
  @Order(1)
  void bindsTheProperties() {
    assertEquals(SANDBOX.clientId(), properties.getClientId());
    assertEquals(SANDBOX.tokenUrl(), properties.getTokenUrl());
    assertEquals(SANDBOX.hostUrl(), properties.getApiHost());
    assertEquals(Duration.ofSeconds(45), properties.getRefreshMargin());
    assertEquals(Duration.ofSeconds(20), properties.getResponseTimeout());
    assertEquals(7, properties.getMaxConnections());
    assertEquals(2L * 1024 * 1024, properties.getMaxResponseSize().toBytes());
    assertEquals(ClientAuthentication.BASIC_FORM_ENCODED, properties.getClientAuthentication());
    assertEquals(Duration.ofMillis(50), properties.getRetryBackoff());
    assertFalse(properties.toString().contains(SANDBOX.clientSecret()), properties.toString());
    assertEquals(1, context.getBeansOfType(BisnodeClient.class).size());
  }

  @Test
  @Order(2)
  void injectsEveryGeneratedInterfaceAndCallsTheSandbox() {
    CompanyLookupApi.Hits hits = companies.search(new CompanyLookupApi.Query("SE", "Norrsken"));
    assertFalse(hits.companies().isEmpty());
    assertTrue(hits.companies().get(0).name().contains("Norrsken"), hits.toString());
    assertTrue(persons.search("Sven", "Svensson", "SE").contains("Svensson"));
    // one bean each, made by the context's client, and the same for every injection point
    assertSame(companies, context.getBean(CompanyLookupApi.class));
    assertSame(companies, client.create(CompanyLookupApi.class));
    // the refresh margin reached the cache: a token is due 45 s before its expiry
    TokenCache cache = client.tokenCache("credit_data_companies");
    assertTrue(cache.timeToExpiry().compareTo(Duration.ofMinutes(50)) > 0, cache.toString());
  }

  @Test
  @Order(3)
  void servesARestEndpointThatCallsBisnodeThroughTheInterface() throws Exception {
    HttpResponse<String> response = Sandbox.get(port(), "/companies?name=Norrsken");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("Norrsken"), response.body());
  }

  @Test
  @Order(4)
  void reportsHealthUpWithEachScopeInUse() throws Exception {
    HttpResponse<String> response = Sandbox.get(port(), "/actuator/health/bisnode");
    assertEquals(200, response.statusCode(), response.body());
    String body = response.body();
    JsonObject health = JsonParser.parseString(body).getAsJsonObject();
    assertEquals("UP", health.get("status").getAsString(), body);
    assertEquals("UP", scope(health, "credit_data_companies").get("status").getAsString(), body);
    assertEquals("UP", scope(health, "bci").get("status").getAsString(), body);
    assertTrue(scope(health, "bci").get("expiresInSeconds").getAsLong() > 3000, body);
    assertNoSecret(body);
    HttpResponse<String> overall = Sandbox.get(port(), "/actuator/health");
    JsonObject components =
        JsonParser.parseString(overall.body()).getAsJsonObject().getAsJsonObject("components");
    assertEquals(
        "UP", components.getAsJsonObject("bisnode").get("status").getAsString(), overall.body());
    // a probe answers from the cache while its tokens are valid: no token request
    int tokenRequests = SANDBOX.tokenRequestCount();
    for (int i = 0; i < 5; i++) {
      assertEquals(200, Sandbox.get(port(), "/actuator/health/bisnode").statusCode());
    }
    assertEquals(tokenRequests, SANDBOX.tokenRequestCount());
  }

  @Test
  @Order(5)
  void publishesTheMetersAtTheActuatorEndpoint() throws Exception {
    companies.search(new CompanyLookupApi.Query("SE", "Norrsken"));
    HttpResponse<String> calls = Sandbox.get(port(), "/actuator/metrics/bisnode.client.requests");
    assertEquals(200, calls.statusCode(), calls.body());
    assertTrue(calls.body().contains("\"CompanyLookupApi\""), calls.body());
    assertTrue(calls.body().contains("\"/companies\""), calls.body());
    assertTrue(calls.body().contains("\"SUCCESS\""), calls.body());
    HttpResponse<String> tokens = Sandbox.get(port(), "/actuator/metrics/bisnode.token.requests");
    assertEquals(200, tokens.statusCode(), tokens.body());
    assertTrue(tokens.body().contains("\"credit_data_companies\""), tokens.body());
    HttpResponse<String> remaining =
        Sandbox.get(port(), "/actuator/metrics/bisnode.token.remaining?tag=scope:bci");
    assertEquals(200, remaining.statusCode(), remaining.body());
    for (HttpResponse<String> response : List.of(calls, tokens, remaining)) {
      assertFalse(response.body().contains("Norrsken"), response.body());
      assertNoSecret(response.body());
    }
  }

  @Test
  @Order(6)
  void reportsHealthDownWhenTheSandboxRefusesTheCredentials() throws Exception {
    TokenCache cache = client.tokenCache("credit_data_companies");
    AccessToken held = cache.token();
    SANDBOX
        .faults()
        .failNextTokenRequests(100, 401, "invalid_client", "Client authentication failed");
    cache.invalidate(held);
    int before = SANDBOX.tokenRequestCount();
    long started = System.nanoTime();

    HttpResponse<String> response = Sandbox.get(port(), "/actuator/health/bisnode");
    assertEquals(503, response.statusCode(), response.body());
    String body = response.body();
    JsonObject health = JsonParser.parseString(body).getAsJsonObject();
    assertEquals("DOWN", health.get("status").getAsString(), body);
    JsonObject refused = scope(health, "credit_data_companies");
    assertEquals("DOWN", refused.get("status").getAsString(), body);
    assertEquals("invalid_client", refused.get("error").getAsString(), body);
    assertEquals(401, refused.get("httpStatus").getAsInt(), body);
    assertEquals(SANDBOX.tokenUrl(), refused.get("tokenUrl").getAsString(), body);
    assertNoSecret(body);
    assertFalse(body.contains(held.value()), body);
    // the probes ask the cache, which after a refusal waits at least half a second before it
    // asks again: three probes send one request, or more only as that time passes
    assertEquals(503, Sandbox.get(port(), "/actuator/health/bisnode").statusCode());
    assertEquals(503, Sandbox.get(port(), "/actuator/health/bisnode").statusCode());
    long halfSeconds = (System.nanoTime() - started) / 500_000_000L;
    int sent = SANDBOX.tokenRequestCount() - before;
    assertTrue(sent >= 1 && sent <= 1 + halfSeconds, sent + " token requests");
    // the other scope still holds its token
    assertEquals("UP", scope(health, "bci").get("status").getAsString(), body);
  }

  private static JsonObject scope(JsonObject health, String scope) {
    return health.getAsJsonObject("details").getAsJsonObject("scopes").getAsJsonObject(scope);
  }

  private static void assertNoSecret(String text) {
    assertFalse(text.contains(SANDBOX.clientSecret()), text);
  }
}
