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
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreditMonitoringTest {
  private static final String NORRSKEN =
      "{\"country\":\"SE\",\"registrationNumber\":\"5569837528\"}";
  private static final String FJORDLYS =
      "{\"country\":\"NO\",\"registrationNumber\":\"835824829\"}";
  private static final String SAIMAAN = "{\"country\":\"FI\",\"registrationNumber\":\"1587191-7\"}";

  private static BisnodeSandbox sandbox;
  private static SandboxHttp http;
  private static String token;
  private static String base;

  @BeforeAll
  static void start() {
    sandbox =
        BisnodeSandbox.builder()
            .client("other", "other-secret", "credit_monitoring_companies")
            .start();
    http = new SandboxHttp(sandbox);
    token = http.token("credit_monitoring_companies");
    base = sandbox.creditMonitoringCompaniesBaseUrl();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void emptyPortfolios() {
    sandbox.reset();
  }

  private static HttpResponse<String> send(String method, String path, String body) {
    return http.sendJson(method, base + path, token, body);
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return json(response);
  }

  private static JsonArray okArray(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return JsonParser.parseString(response.body()).getAsJsonArray();
  }

  private static String ids(String... companies) {
    return "{\"companyIds\":[" + String.join(",", companies) + "]}";
  }

  private static List<String> numbers(JsonArray companies) {
    List<String> numbers = new ArrayList<>();
    for (JsonElement c : companies) {
      numbers.add(c.getAsJsonObject().get("registrationNumber").getAsString());
    }
    return numbers;
  }

  @Test
  void putAddsKnownCompaniesAndListsTheUnknownAsUnableToAdd() {
    JsonObject added =
        ok(
            send(
                "PUT",
                "/portfolio/companies",
                ids(NORRSKEN, "{\"country\":\"SE\",\"registrationNumber\":\"5564855582\"}")));

    JsonObject norrsken = added.getAsJsonArray("companies").get(0).getAsJsonObject();
    assertEquals("Norrsken Mjukvara AB", norrsken.get("name").getAsString());
    assertEquals("314632026", norrsken.get("duns").getAsString());
    assertTrue(norrsken.get("rating").isJsonPrimitive(), "the PUT answer's rating is a code");
    assertEquals(
        "5564855582",
        added
            .getAsJsonArray("companiesUnableToAdd")
            .get(0)
            .getAsJsonObject()
            .get("registrationNumber")
            .getAsString());
    JsonObject portfolio = json(http.get(base + "/portfolio", token));
    assertEquals(1, portfolio.get("totalCompanies").getAsInt());
    assertEquals("ACTIVE", portfolio.get("status").getAsString());
  }

  @Test
  void deleteWithABodyRemovesOnlyTheNamedCompanies() {
    ok(send("PUT", "/portfolio/companies", ids(NORRSKEN, FJORDLYS, SAIMAAN)));

    JsonArray removed = okArray(send("DELETE", "/portfolio/companies", ids(FJORDLYS)));

    assertEquals(1, removed.size());
    JsonObject gone = removed.get(0).getAsJsonObject();
    assertEquals("835824829", gone.get("registrationNumber").getAsString());
    assertTrue(gone.has("addedDate") && gone.has("removedDate"), gone.toString());
    JsonObject listed =
        ok(http.get(base + "/portfolio/companies?sortBy=ADDED_DATE&sortDirection=ASC", token));
    assertEquals(List.of("5569837528", "1587191-7"), numbers(listed.getAsJsonArray("companies")));
  }

  @Test
  void companiesPageBySizeAndFilterByRating() {
    ok(send("PUT", "/portfolio/companies", ids(NORRSKEN, FJORDLYS, SAIMAAN)));

    List<String> seen = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      JsonObject result = ok(http.get(base + "/portfolio/companies?size=2&page=" + page, token));
      seen.addAll(numbers(result.getAsJsonArray("companies")));
    }
    assertEquals(List.of("1587191-7", "835824829", "5569837528"), seen, "newest first by default");
    String rating =
        ok(http.get(base + "/portfolio/companies", token))
            .getAsJsonArray("companies")
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("rating")
            .get("code")
            .getAsString();
    for (JsonElement c :
        ok(http.get(base + "/portfolio/companies?rating=" + rating, token))
            .getAsJsonArray("companies")) {
      assertEquals(rating, c.getAsJsonObject().getAsJsonObject("rating").get("code").getAsString());
    }
    JsonObject error =
        assertError(http.get(base + "/portfolio/companies?size=0", token), 400, "BAD_REQUEST");
    assertEquals(
        "must be between 1 and 1000", subError(error, "size").get("message").getAsString());
  }

  @Test
  void eachClientHasItsOwnPortfolio() {
    ok(send("PUT", "/portfolio/companies", ids(NORRSKEN)));
    String other =
        json(http.tokenRequest(
                "other",
                "other-secret",
                "grant_type=client_credentials&scope=credit_monitoring_companies"))
            .get("access_token")
            .getAsString();

    JsonObject theirs = ok(http.get(base + "/portfolio/companies", other));

    assertEquals(0, theirs.getAsJsonArray("companies").size());
    assertEquals(
        1, ok(http.get(base + "/portfolio/companies", token)).getAsJsonArray("companies").size());
  }

  @Test
  void companyCheckIs200ForAWatchedCompanyAnd404Otherwise() {
    ok(send("PUT", "/portfolio/companies", ids(NORRSKEN)));

    assertEquals(200, send("POST", "/portfolio/company", NORRSKEN).statusCode());
    assertError(send("POST", "/portfolio/company", FJORDLYS), 404, "NOT_FOUND");
    JsonObject error =
        assertError(send("POST", "/portfolio/company", "{\"country\":\"XX\"}"), 400, "BAD_REQUEST");
    assertEquals("CompanyId", subError(error, "country").get("object").getAsString());
  }

  @Test
  void categoriesAreCreatedRenamedPagedByNumberAndDeleted() {
    String first =
        ok(send("PUT", "/portfolio/categories", "{\"categoryName\":\"Suppliers\"}"))
            .get("id")
            .getAsString();
    ok(send("PUT", "/portfolio/categories", "{\"categoryName\":\"Customers\"}"));
    assertError(
        send("PUT", "/portfolio/categories", "{\"categoryName\":\"suppliers\"}"),
        400,
        "BAD_REQUEST");

    JsonObject renamed =
        ok(send("PUT", "/portfolio/categories/" + first, "{\"categoryName\":\"Vendors\"}"));
    assertEquals("Vendors", renamed.get("categoryName").getAsString());
    JsonArray secondPage = okArray(http.get(base + "/portfolio/categories?number=1&size=1", token));
    assertEquals(
        "Customers", secondPage.get(0).getAsJsonObject().get("categoryName").getAsString());

    assertEquals(204, send("DELETE", "/portfolio/categories/" + first, "").statusCode());
    assertError(send("DELETE", "/portfolio/categories/" + first, ""), 404, "NOT_FOUND");
    assertEquals(1, okArray(http.get(base + "/portfolio/categories", token)).size());
  }

  @Test
  void theEleventhCategoryIsRefused() {
    for (int i = 0; i < Portfolio.MAX_CATEGORIES; i++) {
      ok(send("PUT", "/portfolio/categories", "{\"categoryName\":\"c" + i + "\"}"));
    }
    assertError(
        send("PUT", "/portfolio/categories", "{\"categoryName\":\"one more\"}"), 403, "FORBIDDEN");
  }

  @Test
  void categoryCompaniesAreAddedPartlyFoundPagedAndRemoved() {
    String id =
        ok(send("PUT", "/portfolio/categories", "{\"categoryName\":\"Suppliers\"}"))
            .get("id")
            .getAsString();
    String path = "/portfolio/categories/" + id + "/companies";

    HttpResponse<String> partly =
        send(
            "PUT",
            path,
            ids(NORRSKEN, FJORDLYS, "{\"country\":\"SE\",\"registrationNumber\":\"5564855582\"}"));
    assertEquals(207, partly.statusCode(), partly.body());
    assertEquals(2, json(partly).getAsJsonArray("companies").size());

    JsonObject page = ok(http.get(base + path + "?size=1&page=1", token));
    assertEquals(2, page.get("totalCompanies").getAsInt());
    assertEquals(2, page.get("totalPages").getAsInt());
    assertEquals(1, page.get("currentPage").getAsInt());
    assertTrue(page.getAsJsonArray("companies").get(0).getAsJsonObject().has("limit"));
    assertEquals(
        "Fjordlys Teknologi AS", ok(send("POST", path, FJORDLYS)).get("name").getAsString());
    assertEquals(
        2,
        json(http.get(base + "/portfolio", token)).get("totalCompanies").getAsInt(),
        "watched too");

    assertEquals(1, okArray(send("DELETE", path, ids(FJORDLYS))).size());
    assertError(send("POST", path, FJORDLYS), 404, "NOT_FOUND");
    assertError(http.get(base + "/portfolio/categories/nope/companies", token), 404, "NOT_FOUND");
  }

  @Test
  void eventsOfWatchedCompaniesPageByNumberAndFilterByCategoryAndCountry() {
    ok(send("PUT", "/portfolio/companies", ids(NORRSKEN, FJORDLYS, SAIMAAN)));

    JsonObject all = ok(send("POST", "/portfolio/events", "{\"page\":{\"number\":0,\"size\":5}}"));
    assertEquals(12, all.getAsJsonObject("page").get("totalEvents").getAsInt());
    assertEquals(3, all.getAsJsonObject("page").get("totalPages").getAsInt());
    assertEquals(5, all.getAsJsonObject("page").getAsJsonArray("content").size());
    assertTrue(all.getAsJsonObject("filters").has("eventCategory"));

    JsonObject risk =
        ok(
            send(
                "POST",
                "/portfolio/events",
                "{\"eventFilters\":[{\"eventCategory\":\"RISK\",\"eventCodes\":[\"RATING_CHANGED\"]}],\"countries\":[\"SE\",\"NO\"]}"));
    JsonArray content = risk.getAsJsonObject("page").getAsJsonArray("content");
    assertEquals(2, content.size());
    for (JsonElement e : content) {
      JsonObject event = e.getAsJsonObject();
      assertEquals(
          "RATING_CHANGED",
          event.getAsJsonObject("details").getAsJsonObject("type").get("code").getAsString());
      assertFalse(
          event.getAsJsonObject("companyInformation").get("country").getAsString().equals("FI"));
    }
    JsonObject error =
        assertError(
            send(
                "POST",
                "/portfolio/events",
                "{\"eventFilters\":[{\"eventCategory\":\"RISK\",\"eventCodes\":[\"BANKRUPT\"]}]}"),
            400,
            "BAD_REQUEST");
    assertEquals(
        "is not an event code of RISK",
        subError(error, "eventFilters[0].eventCodes").get("message").getAsString());
  }

  @Test
  void categoryEventsCoverOnlyTheCategorysCompanies() {
    ok(send("PUT", "/portfolio/companies", ids(NORRSKEN, FJORDLYS)));
    String id =
        ok(send("PUT", "/portfolio/categories", "{\"categoryName\":\"Norway\"}"))
            .get("id")
            .getAsString();
    ok(send("PUT", "/portfolio/categories/" + id + "/companies", ids(FJORDLYS)));

    JsonObject events = ok(send("POST", "/portfolio/categories/" + id + "/events", "{}"));

    assertEquals(4, events.getAsJsonObject("page").get("totalEvents").getAsInt());
    assertEquals(
        "[{\"value\":\"NO\",\"count\":4}]",
        events.getAsJsonObject("filters").get("country").toString());
  }

  @Test
  void eventCodesAreListedByCategory() {
    JsonObject codes =
        json(http.get(base + "/portfolio/events/category/FI?eventCategories=RISK", token));
    JsonArray categories = codes.getAsJsonArray("eventCategories");
    assertEquals(1, categories.size());
    assertEquals("RISK", categories.get(0).getAsJsonObject().get("eventCategory").getAsString());
    assertError(http.get(base + "/portfolio/events/category/XX", token), 400, "BAD_REQUEST");
  }

  @Test
  void referencesAreAddedRemovedAndClearedOnWatchedCompaniesOnly() {
    ok(send("PUT", "/portfolio/companies", ids(NORRSKEN)));
    String refs =
        "{\"references\":[{\"company\":" + NORRSKEN + ",\"references\":[\"test1\",\"test2\"]}]}";
    assertEquals(200, send("POST", "/references", refs).statusCode());
    assertEquals(
        204,
        send(
                "DELETE",
                "/references",
                "{\"references\":[{\"company\":" + NORRSKEN + ",\"references\":[\"test1\"]}]}")
            .statusCode());
    assertEquals("[\"test2\"]", references());

    assertEquals(204, send("DELETE", "/references/all", "[" + NORRSKEN + "]").statusCode());
    assertEquals("[]", references());
    assertError(
        send(
            "POST",
            "/references",
            "{\"references\":[{\"company\":" + FJORDLYS + ",\"references\":[\"x\"]}]}"),
        404,
        "NOT_FOUND");
  }

  private static String references() {
    return ok(http.get(base + "/portfolio/companies", token))
        .getAsJsonArray("companies")
        .get(0)
        .getAsJsonObject()
        .getAsJsonObject("objectReference")
        .get("references")
        .toString();
  }

  @Test
  void needsItsOwnScopeAndObeysTheFaultSwitches() {
    String bci = http.token("bci");
    assertError(http.get(base + "/portfolio", bci), 403, "FORBIDDEN");

    sandbox.faults().serviceUnavailableForNextApiRequests(1, 1);
    HttpResponse<String> unavailable = send("PUT", "/portfolio/companies", ids(NORRSKEN));
    assertError(unavailable, 503, "SERVICE_UNAVAILABLE");
    assertEquals("1", unavailable.headers().firstValue("Retry-After").orElse(""));
    assertEquals(0, json(http.get(base + "/portfolio", token)).get("totalCompanies").getAsInt());
  }
}
