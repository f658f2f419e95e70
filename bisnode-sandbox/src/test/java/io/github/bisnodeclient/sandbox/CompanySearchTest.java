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
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompanySearchTest {
  private static BisnodeSandbox sandbox;
  private static SandboxHttp http;
  private static String token;

  @BeforeAll
  static void start() {
    sandbox = BisnodeSandbox.start();
    http = new SandboxHttp(sandbox);
    token = http.token("credit_data_companies");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static HttpResponse<String> search(String body) {
    return http.postJson(sandbox.creditDataCompaniesBaseUrl() + "/companies", token, body);
  }

  private static JsonObject ok(String body) {
    HttpResponse<String> response = search(body);
    assertEquals(200, response.statusCode(), response.body());
    return json(response);
  }

  private static List<String> names(JsonObject result) {
    List<String> names = new ArrayList<>();
    for (JsonElement company : result.getAsJsonArray("companies")) {
      names.add(company.getAsJsonObject().get("name").getAsString());
    }
    return names;
  }

  @Test
  void listsACompanyWithTheSwaggersOverviewFields() {
    JsonObject result = ok("{\"country\":\"SE\",\"name\":\"Norrsken Mjukvara\"}");

    JsonArray companies = result.getAsJsonArray("companies");
    assertEquals(1, companies.size());
    JsonObject company = companies.get(0).getAsJsonObject();
    assertEquals("Norrsken Mjukvara AB", company.get("name").getAsString());
    assertEquals("SE", company.get("country").getAsString());
    assertTrue(company.get("registrationNumber").getAsString().matches("\\d{10}"));
    assertTrue(company.get("dunsNumber").getAsString().matches("\\d{9}"));
    assertTrue(company.get("active").getAsBoolean());
    assertTrue(company.get("headQuarter").getAsBoolean());
    assertEquals("LIMITED_COMPANY", company.get("legalForm").getAsString());
    JsonObject address = company.getAsJsonObject("address");
    assertEquals("Vasagatan 9", address.get("street").getAsString());
    assertEquals("11120", address.get("postalCode").getAsString());
    assertEquals("Stockholm", address.get("town").getAsString());
    assertEquals("SE", address.get("countryCode").getAsString());
    JsonObject paging = result.getAsJsonObject("_paging");
    assertEquals(1, paging.get("resultCount").getAsInt());
    assertEquals(20, paging.get("limit").getAsInt());
    assertEquals(0, paging.get("offset").getAsInt());
  }

  @Test
  void pagesThroughEveryHitOnceInAStableOrder() {
    String query =
        "{\"country\":\"SE\",\"name\":\"AB\",\"includeInactive\":true,\"includeBranches\":true";
    int total = ok(query + "}").getAsJsonObject("_paging").get("resultCount").getAsInt();
    assertTrue(total >= 12, "enough Swedish AB companies to page: " + total);

    List<String> seen = new ArrayList<>();
    Set<String> unique = new HashSet<>();
    for (int offset = 0; offset < total; offset += 5) {
      JsonObject page = ok(query + ",\"offset\":" + offset + ",\"limit\":5}");
      assertEquals(total, page.getAsJsonObject("_paging").get("resultCount").getAsInt());
      assertEquals(offset, page.getAsJsonObject("_paging").get("offset").getAsInt());
      assertEquals(5, page.getAsJsonObject("_paging").get("limit").getAsInt());
      for (JsonElement c : page.getAsJsonArray("companies")) {
        JsonObject company = c.getAsJsonObject();
        seen.add(company.get("name").getAsString());
        unique.add(company.get("dunsNumber").getAsString());
      }
    }
    assertEquals(total, seen.size());
    assertEquals(total, unique.size());
    assertEquals(
        names(ok(query + ",\"limit\":200}")), seen, "pages concatenate to the one-page answer");
  }

  @Test
  void anOffsetPastTheEndIsAnEmptyPage() {
    JsonObject result = ok("{\"country\":\"FI\",\"name\":\"Oy\",\"offset\":500}");

    assertEquals(0, result.getAsJsonArray("companies").size());
    assertTrue(result.getAsJsonObject("_paging").get("resultCount").getAsInt() > 5);
  }

  @Test
  void limitZeroOnlyCounts() {
    JsonObject result = ok("{\"country\":\"DK\",\"name\":\"ApS\",\"limit\":0}");

    assertEquals(0, result.getAsJsonArray("companies").size());
    assertTrue(result.getAsJsonObject("_paging").get("resultCount").getAsInt() > 5);
  }

  @Test
  void thereAreFiftyOrMoreCompaniesAcrossTheFourCountries() {
    int all = 0;
    for (String country : new String[] {"SE", "NO", "DK", "FI"}) {
      int count = 0;
      for (String word :
          new String[] {
            "a", "b", "e", "f", "g", "h", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
            "v", "å", "ø", "ö", "ä", "j", "d"
          }) {
        count =
            Math.max(
                count,
                ok("{\"country\":\""
                        + country
                        + "\",\"name\":\""
                        + word
                        + "\",\"limit\":0,\"includeInactive\":true,\"includeBranches\":true}")
                    .getAsJsonObject("_paging")
                    .get("resultCount")
                    .getAsInt());
      }
      assertTrue(count >= 8, country + " has " + count);
      all += count;
    }
    assertTrue(all >= 40, "at least this many found by one letter: " + all);
    assertTrue(SampleData.COMPANIES.size() >= 50);
  }

  @Test
  void inactiveCompaniesAndBranchesOnlyWhenAskedFor() {
    assertEquals(List.of(), names(ok("{\"country\":\"SE\",\"name\":\"Lapplands Turism\"}")));
    assertEquals(
        List.of("Lapplands Turism AB"),
        names(ok("{\"country\":\"SE\",\"name\":\"Lapplands Turism\",\"includeInactive\":true}")));

    JsonObject withBranches =
        ok("{\"country\":\"SE\",\"name\":\"Norrsken\",\"includeBranches\":true}");
    JsonArray companies = withBranches.getAsJsonArray("companies");
    assertEquals(2, companies.size());
    assertTrue(companies.get(0).getAsJsonObject().get("headQuarter").getAsBoolean());
    assertFalse(companies.get(1).getAsJsonObject().get("headQuarter").getAsBoolean());
  }

  @Test
  void findsByRegistrationNumberWithOrWithoutHyphenAndByDuns() {
    Company company = SampleData.COMPANIES.get(0);
    String reg = company.registrationNumber();

    assertEquals(
        List.of(company.name()),
        names(ok("{\"country\":\"SE\",\"registrationNumber\":\"" + reg + "\"}")));
    assertEquals(
        List.of(company.name()),
        names(
            ok(
                "{\"country\":\"SE\",\"registrationNumber\":\""
                    + reg.substring(0, 6)
                    + "-"
                    + reg.substring(6)
                    + "\"}")));
    assertEquals(
        List.of(company.name()),
        names(ok("{\"country\":\"SE\",\"dunsNumber\":\"" + company.dunsNumber() + "\"}")));
  }

  @Test
  void filtersByAddress() {
    assertEquals(
        List.of("Bryggen Handel AS", "Vestland Kraft AS"),
        names(ok("{\"country\":\"NO\",\"name\":\"as\",\"address\":{\"town\":\"bergen\"}}")));
    assertEquals(
        List.of("Bryggen Handel AS"),
        names(
            ok(
                "{\"country\":\"NO\",\"name\":\"as\",\"address\":{\"street\":\"Bryggen\","
                    + "\"postalCode\":\"5003\",\"countryCode\":\"NO\"}}")));
  }

  @Test
  void ranksAnExactNameFirst() {
    List<String> names = names(ok("{\"country\":\"DK\",\"name\":\"Øresund Logistik ApS\"}"));

    assertEquals("Øresund Logistik ApS", names.get(0));
  }

  @Test
  void aMissingCountryIs400() {
    JsonObject body = assertError(search("{\"name\":\"AB\"}"), 400, "BAD_REQUEST");

    JsonObject sub = subError(body, "country");
    assertEquals("SearchRequest", sub.get("object").getAsString());
    assertFalse(sub.has("rejectedValue"));
  }

  @Test
  void aLowerCaseCountryIs400() {
    JsonObject body =
        assertError(search("{\"country\":\"se\",\"name\":\"AB\"}"), 400, "BAD_REQUEST");

    assertEquals("se", subError(body, "country").get("rejectedValue").getAsString());
  }

  @Test
  void aLimitAbove200Is400() {
    JsonObject body =
        assertError(
            search("{\"country\":\"SE\",\"name\":\"AB\",\"limit\":201}"), 400, "BAD_REQUEST");

    assertEquals(201, subError(body, "limit").get("rejectedValue").getAsInt());
  }

  @Test
  void aNegativeOffsetAndAWindowPast10000Are400() {
    subError(
        assertError(
            search("{\"country\":\"SE\",\"name\":\"AB\",\"offset\":-1}"), 400, "BAD_REQUEST"),
        "offset");
    subError(
        assertError(
            search("{\"country\":\"SE\",\"name\":\"AB\",\"offset\":9900,\"limit\":200}"),
            400,
            "BAD_REQUEST"),
        "limit");
  }

  @Test
  void aSearchWithoutNameNumberOrDunsIs400() {
    JsonObject body = assertError(search("{\"country\":\"SE\"}"), 400, "BAD_REQUEST");

    assertTrue(subError(body, "name").get("message").getAsString().startsWith("Either"));
  }

  @Test
  void reportsEveryInvalidFieldAtOnce() {
    JsonObject body =
        assertError(search("{\"limit\":\"many\",\"includeInactive\":\"yes\"}"), 400, "BAD_REQUEST");

    assertEquals(4, body.getAsJsonArray("subErrors").size(), body.toString());
    subError(body, "country");
    subError(body, "name");
    subError(body, "limit");
    subError(body, "includeInactive");
  }
}
