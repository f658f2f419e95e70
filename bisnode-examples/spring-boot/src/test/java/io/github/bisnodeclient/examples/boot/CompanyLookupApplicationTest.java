package io.github.bisnodeclient.examples.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo as {@code ./spring-boot-demo} runs it: no credentials in the environment, so it starts
 * the embedded sandbox, and its REST endpoint answers from Bisnode's company search.
 */
class CompanyLookupApplicationTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static ConfigurableApplicationContext context;
  private static int port;

  @BeforeAll
  static void start() {
    context = CompanyLookupApplication.start(new String[] {"--server.port=0"}, Map.of());
    port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void looksCompaniesUpThroughTheGeneratedInterface() throws Exception {
    HttpResponse<String> response = get("/companies/se?name=Norrsken");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"name\":\"Norrsken Mjukvara AB\""), response.body());
    assertTrue(response.body().contains("\"registrationNumber\":\"5569837528\""), response.body());
  }

  @Test
  void passesBisnodesRefusalOn() throws Exception {
    HttpResponse<String> response = get("/companies/se");
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"bisnodeStatus\":400"), response.body());
  }

  @Test
  void isHealthyAndMeasured() throws Exception {
    get("/companies/se?name=Norrsken");
    HttpResponse<String> health = get("/actuator/health/bisnode");
    assertEquals(200, health.statusCode(), health.body());
    assertTrue(health.body().contains("\"credit_data_companies\""), health.body());
    HttpResponse<String> calls = get("/actuator/metrics/bisnode.client.requests");
    assertEquals(200, calls.statusCode(), calls.body());
    assertTrue(calls.body().contains("\"CompanySearchApi\""), calls.body());
  }
}
