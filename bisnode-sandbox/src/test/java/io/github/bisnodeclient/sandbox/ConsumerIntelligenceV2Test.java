package io.github.bisnodeclient.sandbox;

import static io.github.bisnodeclient.sandbox.SandboxHttp.assertError;
import static io.github.bisnodeclient.sandbox.SandboxHttp.json;
import static io.github.bisnodeclient.sandbox.SandboxHttp.subError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConsumerIntelligenceV2Test {
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

  private static HttpResponse<String> search(String... pairs) {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      query
          .append(query.length() == 0 ? "?" : "&")
          .append(pairs[i])
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return http.get(sandbox.consumerIntelligenceV2BaseUrl() + "/person/search" + query, token);
  }

  private static List<JsonObject> persons(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    List<JsonObject> persons = new ArrayList<>();
    for (JsonElement hit : json(response).getAsJsonArray("persons")) {
      persons.add(hit.getAsJsonObject().getAsJsonObject("person"));
    }
    return persons;
  }

  @Test
  void theVendorsExampleFindsExactlySvenOfVasagatan() {
    List<JsonObject> persons =
        persons(
            search(
                "firstName", "Sven",
                "familyName", "Svensson",
                "streetAddress", "Vasagatan 9",
                "sourceCountry", "SE"));

    assertEquals(1, persons.size());
    JsonObject sven = persons.get(0);
    assertEquals("Sven", sven.get("preferredFirstName").getAsString());
    assertEquals("Svensson", sven.get("familyName").getAsString());
    assertEquals("Sven Henning Svensson", sven.get("fullName").getAsString());
    assertEquals("MALE", sven.get("gender").getAsString());
    assertEquals(12, sven.get("legalId").getAsString().length());
    assertEquals(
        sven.get("dateOfBirth").getAsString().replace("-", ""),
        sven.get("legalId").getAsString().substring(0, 8));
    assertEquals(1961, sven.get("yearOfBirth").getAsInt());
    assertFalse(sven.get("deceased").getAsBoolean());
    JsonObject address = sven.getAsJsonArray("addressList").get(0).getAsJsonObject();
    assertEquals("Visiting", address.get("type").getAsString());
    assertEquals("Vasagatan", address.get("streetName").getAsString());
    assertEquals("9", address.get("streetNumber").getAsString());
    assertEquals("11120", address.get("postalCode").getAsString());
    assertEquals("Stockholm", address.get("city").getAsString());
    assertEquals("SE", address.get("country").getAsString());
    JsonArray formatted = address.getAsJsonArray("formattedAddress");
    assertEquals("Vasagatan 9", formatted.get(0).getAsString());
    assertEquals("111 20 Stockholm", formatted.get(1).getAsString());
    JsonObject phone = sven.getAsJsonArray("phoneList").get(0).getAsJsonObject();
    assertEquals("Mobile", phone.get("type").getAsString());
    assertTrue(phone.get("number").getAsString().startsWith("+46"));
    assertFalse(phone.get("secretPhoneNumber").getAsBoolean());
  }

  @Test
  void aNameAloneFindsBothSvens() {
    assertEquals(
        2,
        persons(search("firstName", "sven", "familyName", "SVENSSON", "sourceCountry", "SE"))
            .size());
  }

  @Test
  void searchesOnlyTheSourceCountry() {
    assertEquals(0, persons(search("firstName", "Sven", "sourceCountry", "NO")).size());
    assertEquals(1, persons(search("familyName", "Haugen", "sourceCountry", "NO")).size());
  }

  @Test
  void findsByLegalIdWithOrWithoutCentury() {
    String legalId = SampleData.PERSONS.get(0).legalId();

    assertEquals(1, persons(search("legalId", legalId, "sourceCountry", "SE")).size());
    assertEquals(
        1,
        persons(
                search(
                    "legalId",
                    legalId.substring(2, 8) + "-" + legalId.substring(8),
                    "sourceCountry",
                    "SE"))
            .size());
  }

  @Test
  void findsByPhoneNumberInNationalOrInternationalForm() {
    assertEquals(1, persons(search("phoneNumber", "070-174 06 05", "sourceCountry", "SE")).size());
    assertEquals(1, persons(search("phoneNumber", "+46701740605", "sourceCountry", "SE")).size());
  }

  @Test
  void findsByDateOrYearOfBirthPostalCodeAndCity() {
    assertEquals(1, persons(search("dateOfBirth", "1975-05-17", "sourceCountry", "NO")).size());
    assertEquals(
        1,
        persons(search("yearOfBirth", "1966", "city", "helsinki", "sourceCountry", "FI")).size());
    assertEquals(1, persons(search("postalCode", "111 20", "sourceCountry", "SE")).size());
  }

  @Test
  void reportsDeceasedPersonsWithTheirDateOfDeath() {
    JsonObject erik =
        persons(search("firstName", "Erik", "familyName", "Nilsson", "sourceCountry", "SE")).get(0);

    assertTrue(erik.get("deceased").getAsBoolean());
    assertEquals("2021-12-01", erik.get("dateOfDeath").getAsString());
  }

  @Test
  void anUnmatchedSearchIsAnEmptyList() {
    HttpResponse<String> response = search("familyName", "Nobody", "sourceCountry", "DK");

    assertEquals(0, persons(response).size());
    assertEquals("{\"persons\":[]}", response.body());
  }

  @Test
  void aMissingSourceCountryIs400OnThatField() {
    JsonObject body = assertError(search("firstName", "Sven"), 400, "BAD_REQUEST");

    JsonObject sub = subError(body, "sourceCountry");
    assertEquals("PersonSearchRequest", sub.get("object").getAsString());
    assertFalse(sub.get("message").getAsString().isBlank());
  }

  @Test
  void anUnknownSourceCountryIs400WithTheRejectedValue() {
    JsonObject body =
        assertError(search("firstName", "Sven", "sourceCountry", "DE"), 400, "BAD_REQUEST");

    assertEquals("DE", subError(body, "sourceCountry").get("rejectedValue").getAsString());
  }

  @Test
  void malformedDatesAndIdentifiersAre400() {
    JsonObject body =
        assertError(
            search("dateOfBirth", "14/03/1961", "legalId", "196103140000", "sourceCountry", "SE"),
            400,
            "BAD_REQUEST");

    assertEquals("14/03/1961", subError(body, "dateOfBirth").get("rejectedValue").getAsString());
    assertEquals("196103140000", subError(body, "legalId").get("rejectedValue").getAsString());
  }

  @Test
  void aSearchWithoutCriteriaIs400() {
    assertError(search("sourceCountry", "SE"), 400, "BAD_REQUEST");
  }

  @Test
  void matchAnswersEachQueryInOrder() {
    HttpResponse<String> response =
        http.postJson(
            sandbox.consumerIntelligenceV2BaseUrl() + "/person/match",
            token,
            "{\"queries\":["
                + "{\"sourceCountry\":\"SE\",\"firstName\":\"Sven\",\"familyName\":\"Svensson\","
                + "\"streetAddress\":\"Vasagatan 9\",\"postalCode\":\"11120\",\"city\":\"Stockholm\"},"
                + "{\"sourceCountry\":\"SE\",\"firstName\":\"Sven\",\"familyName\":\"Svensson\"},"
                + "{\"sourceCountry\":\"FI\",\"familyName\":\"Nobody\"}]}");

    assertEquals(200, response.statusCode(), response.body());
    JsonArray matches = json(response).getAsJsonArray("matches");
    assertEquals(3, matches.size());
    JsonObject first = matches.get(0).getAsJsonObject();
    assertEquals("MATCH", first.get("matchStatus").getAsString());
    assertEquals(1, first.get("matchCount").getAsInt());
    assertEquals("Svensson", first.getAsJsonObject("person").get("familyName").getAsString());
    JsonObject second = matches.get(1).getAsJsonObject();
    assertEquals("MULTIPLE", second.get("matchStatus").getAsString());
    assertEquals(2, second.get("matchCount").getAsInt());
    assertFalse(second.has("person"));
    assertEquals("NO_MATCH", matches.get(2).getAsJsonObject().get("matchStatus").getAsString());
  }

  @Test
  void matchReportsTheFaultyQueryByIndex() {
    HttpResponse<String> response =
        http.postJson(
            sandbox.consumerIntelligenceV2BaseUrl() + "/person/match",
            token,
            "{\"queries\":[{\"sourceCountry\":\"SE\",\"firstName\":\"Sven\"},{\"firstName\":\"Sven\"}]}");

    JsonObject body = assertError(response, 400, "BAD_REQUEST");
    assertEquals(
        "PersonMatchRequest",
        subError(body, "queries[1].sourceCountry").get("object").getAsString());
  }

  @Test
  void matchWithoutQueriesIs400() {
    HttpResponse<String> response =
        http.postJson(sandbox.consumerIntelligenceV2BaseUrl() + "/person/match", token, "{}");

    subError(assertError(response, 400, "BAD_REQUEST"), "queries");
  }
}
