package io.github.bisnodeclient.sandbox;

import static io.github.bisnodeclient.sandbox.SandboxHttp.assertError;
import static io.github.bisnodeclient.sandbox.SandboxHttp.json;
import static io.github.bisnodeclient.sandbox.SandboxHttp.subError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConsumerIntelligenceV3Test {
  private static BisnodeSandbox sandbox;
  private static SandboxHttp http;
  private static String token;

  @BeforeAll
  static void start() {
    sandbox = BisnodeSandbox.start();
    http = new SandboxHttp(sandbox);
    token = http.token("bci");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static HttpResponse<String> find(String market, String body) {
    return http.postJson(
        sandbox.consumerIntelligenceV3BaseUrl() + "/markets/" + market + "/persons/_find",
        token,
        body);
  }

  @Test
  void findsAPersonByLegalId() {
    Person ingrid =
        SampleData.PERSONS.stream().filter(p -> p.familyName().equals("Haugen")).findFirst().get();

    HttpResponse<String> response = find("no", "{\"legalId\":\"" + ingrid.legalId() + "\"}");

    assertEquals(200, response.statusCode(), response.body());
    JsonObject person = json(response);
    assertEquals(ingrid.legalId(), person.get("legalId").getAsString());
    assertEquals(ingrid.gedi(), person.get("gedi").getAsString());
    assertEquals("Ingrid", person.getAsJsonArray("firstNames").get(0).getAsString());
  }

  @Test
  void findsAPersonByNameAndAddress() {
    HttpResponse<String> response =
        find(
            "se",
            "{\"firstName\":\"Sven\",\"familyName\":\"Svensson\",\"streetAddress\":\"Vasagatan 9\","
                + "\"postalCode\":\"111 20\",\"city\":\"Stockholm\"}");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "Stockholm",
        json(response)
            .getAsJsonArray("addressList")
            .get(0)
            .getAsJsonObject()
            .get("city")
            .getAsString());
  }

  @Test
  void nobodyMatchingIs204WithAnEmptyBody() {
    // The well-known Swedish test personnummer: valid, but nobody in the sample data.
    HttpResponse<String> response = find("se", "{\"legalId\":\"191212121212\"}");

    assertEquals(204, response.statusCode());
    assertEquals("", response.body());
  }

  @Test
  void severalMatchingIs409() {
    JsonObject body =
        assertError(
            find("se", "{\"firstName\":\"Sven\",\"familyName\":\"Svensson\"}"), 409, "CONFLICT");

    assertTrue(body.get("message").getAsString().startsWith("2 persons match"));
  }

  @Test
  void anUnknownMarketIs404() {
    JsonObject body = assertError(find("de", "{\"legalId\":\"191212121212\"}"), 404, "NOT_FOUND");

    assertTrue(body.get("message").getAsString().contains("'de'"));
  }

  @Test
  void anInvalidLegalIdIs400() {
    JsonObject body = assertError(find("fi", "{\"legalId\":\"131052-308A\"}"), 400, "BAD_REQUEST");

    assertEquals("131052-308A", subError(body, "legalId").get("rejectedValue").getAsString());
  }

  @Test
  void anEmptyQueryIs400() {
    assertError(find("dk", "{}"), 400, "BAD_REQUEST");
  }

  @Test
  void malformedJsonIs400() {
    JsonObject body = assertError(find("se", "{\"legalId\":"), 400, "BAD_REQUEST");

    assertTrue(body.get("message").getAsString().startsWith("Malformed JSON"));
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        sandbox.consumerIntelligenceV3BaseUrl() + "/markets/se/persons/_find"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("legalId=191212121212"))
                .build());

    assertError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
  }
}
