package io.github.bisnodeclient.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every subcommand, run as a user would, on the embedded sandbox that starts without credentials.
 */
class DemoTest {

  @Test
  void withoutArgumentsSearchesSvenSvenssonOnTheEmbeddedSandboxAndSaysSo() {
    DemoRun run = DemoRun.embedded();

    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(
        run.err().startsWith("No BISNODE_CLIENT_ID/BISNODE_CLIENT_SECRET set: using the embedded"),
        run.toString());
    assertEquals(
        "NAME                   BORN        LEGAL ID      ADDRESS                        PHONE\n"
            + "Sven Henning Svensson  1961-03-14  196103148752  Vasagatan 9, 111 20 Stockholm"
            + "  +46701740605\n"
            + "1 person found.\n",
        run.out());
  }

  @Test
  void jsonIsTheBodyBisnodeSentNotTheRecordsEncodedAgain() throws Exception {
    DemoRun run = DemoRun.embedded("person-search", "--json", "--legal-id", "193808084036");

    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(sentBy("/person/search?legalId=193808084036&sourceCountry=SE") + "\n", run.out());
  }

  @Test
  void jsonLeavesOutWhatBisnodeLeftOut() {
    // no events for Danish companies: the record reads an empty list, which would print "events":
    // []
    DemoRun run =
        DemoRun.embedded(
            "credit-report", "--country", "dk", "--registration-number", "15775084", "--json");

    assertEquals(0, run.exitCode(), run.toString());
    JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
    assertTrue(report.has("risk") && !report.has("events"), run.out());
  }

  @Test
  void personFindJsonPrintsNothingWhenBisnodeSendsNoBody() {
    DemoRun run = DemoRun.embedded("person-find", "--json", "--legal-id", "191212121212");

    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("", run.out());
    assertTrue(run.err().contains("Nobody found (HTTP 204, no body)."), run.toString());
  }

  /** The body another sandbox (same sample data) sends for a v2 request, fetched by hand. */
  private static String sentBy(String target) throws Exception {
    try (BisnodeSandbox sandbox = BisnodeSandbox.start()) {
      HttpClient http = HttpClient.newHttpClient();
      String form = "grant_type=client_credentials&scope=bci";
      String basic =
          java.util.Base64.getEncoder()
              .encodeToString(
                  (sandbox.clientId() + ":" + sandbox.clientSecret())
                      .getBytes(StandardCharsets.UTF_8));
      String token =
          JsonParser.parseString(
                  http.send(
                          HttpRequest.newBuilder(URI.create(sandbox.tokenUrl()))
                              .header("Authorization", "Basic " + basic)
                              .header("Content-Type", "application/x-www-form-urlencoded")
                              .POST(HttpRequest.BodyPublishers.ofString(form))
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body())
              .getAsJsonObject()
              .get("access_token")
              .getAsString();
      return http.send(
              HttpRequest.newBuilder(URI.create(sandbox.consumerIntelligenceV2BaseUrl() + target))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    }
  }

  @Test
  void personSearchPrintsJsonWithBisnodesFieldNamesAndNothingElse() {
    DemoRun run =
        DemoRun.embedded("person-search", "--json", "--first-name", "anna", "--city", "Malmö");

    assertEquals(0, run.exitCode(), run.toString());
    JsonObject person =
        JsonParser.parseString(run.out())
            .getAsJsonObject()
            .getAsJsonArray("persons")
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("person");
    assertEquals("198506234569", person.get("legalId").getAsString());
    assertEquals(
        "1102",
        person
            .getAsJsonArray("addressList")
            .get(0)
            .getAsJsonObject()
            .get("apartment")
            .getAsString());
  }

  @Test
  void repeatedCallsAreServedByOneToken() {
    DemoRun run = DemoRun.embedded("person-search", "--repeat", "5");

    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(
        Pattern.compile("(?m)^5 calls in \\d+ ms, served by 1 token$").matcher(run.out()).find(),
        run.toString());
  }

  @Test
  void personFindShowsIngridHaugenInDetail() {
    DemoRun run = DemoRun.embedded("person-find", "--market", "no", "--legal-id", "17057514051");

    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("Name              Ingrid Haugen\n"), run.toString());
    assertTrue(run.out().contains("Visiting address  Karl Johans gate 22, 0159 Oslo\n"), run.out());
    assertTrue(run.out().contains("Mobile phone      +4791234501\n"), run.out());
  }

  @Test
  void personFindSaysNobodyFoundOnA204() {
    DemoRun run = DemoRun.embedded("person-find", "--legal-id", "191212121212");

    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("Nobody found.\n", run.out());
  }

  @Test
  void personFindWithTwoMatchesIsAnApiErrorInOneLine() {
    DemoRun run =
        DemoRun.embedded("person-find", "--first-name", "Sven", "--family-name", "Svensson");

    assertEquals(ErrorReport.API_ERROR, run.exitCode(), run.toString());
    assertEquals(
        "Bisnode refused the call: POST /markets/{market}/persons/_find answered HTTP 409:"
            + " 2 persons match; add legalId, dateOfBirth or an address",
        run.errorLines());
    assertEquals("", run.out());
  }

  @Test
  void companySearchShowsAPageAndWhereItSits() {
    DemoRun first =
        DemoRun.embedded(
            "company-search",
            "--name",
            "AB",
            "--limit",
            "5",
            "--include-inactive",
            "--include-branches");
    DemoRun second =
        DemoRun.embedded(
            "company-search",
            "--name",
            "AB",
            "--limit",
            "5",
            "--offset",
            "5",
            "--include-inactive",
            "--include-branches");

    assertEquals(0, first.exitCode(), first.toString());
    assertTrue(first.out().startsWith("NAME "), first.out());
    assertEquals(7, first.out().lines().count(), first.out());
    assertTrue(
        Pattern.compile("(?m)^showing 1–5 of \\d+; next page: --offset 5$")
            .matcher(first.out())
            .find(),
        first.out());
    assertTrue(first.out().contains("Gamla Stans Kafé AB"), "inactive included: " + first.out());
    assertTrue(
        Pattern.compile("(?m)^showing 6–10 of \\d+").matcher(second.out()).find(), second.out());
  }

  @Test
  void companySearchFindsBranchesAndPrintsJsonWithPaging() {
    DemoRun run =
        DemoRun.embedded("company-search", "--name", "norrsken", "--include-branches", "--json");

    assertEquals(0, run.exitCode(), run.toString());
    JsonObject result = JsonParser.parseString(run.out()).getAsJsonObject();
    assertEquals(2, result.getAsJsonArray("companies").size());
    assertEquals(2, result.getAsJsonObject("_paging").get("resultCount").getAsInt());
  }

  @Test
  void companySearchWithoutANameIsAValidationErrorShowingTheSubError() {
    DemoRun run = DemoRun.embedded("company-search", "--limit", "500");

    assertEquals(ErrorReport.INVALID_REQUEST, run.exitCode(), run.toString());
    assertEquals(
        "Invalid request: Validation error;"
            + " name: Either registrationNumber, dunsNumber or name must be supplied;"
            + " limit: must be between 0 and 200 (sent 500)",
        run.errorLines());
  }

  @Test
  void creditReportPrintsEverySegment() {
    DemoRun run = DemoRun.embedded("credit-report", "--reference", "order-42");

    assertEquals(0, run.exitCode(), run.toString());
    String out = run.out();
    assertTrue(out.startsWith("Company              Norrsken Mjukvara AB\n"), out);
    for (String expected :
        new String[] {
          "Registered           2011-05-28",
          "Share capital        50,000 SEK",
          "AA, risk class 4 of 5: Good creditworthiness",
          "13,430,000 SEK",
          "Annual reports (SEK)",
          "CHAIRMAN      Mikael Lund",
          "Mikael Lund  PERSON  66.0 %",
          "ANNUAL_REPORT_FILED",
          "reference order-42"
        }) {
      assertTrue(out.contains(expected), expected + " in\n" + out);
    }
  }

  @Test
  void creditReportAsksForTheSegmentsAndLanguageGiven() {
    DemoRun run =
        DemoRun.embedded("credit-report", "--segments", "risk", "--language", "sv", "--json");

    assertEquals(0, run.exitCode(), run.toString());
    JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
    assertEquals("SV", report.get("language").getAsString());
    assertTrue(report.has("risk"));
    assertTrue(!report.has("finance") && !report.has("management"), run.out());
  }

  @Test
  void creditReportSavesThePdfToAFile(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("norrsken.pdf");

    DemoRun run =
        DemoRun.embedded("credit-report", "--pdf", pdf.toString(), "--reference", "order-42");

    assertEquals(0, run.exitCode(), run.toString());
    byte[] bytes = Files.readAllBytes(pdf);
    assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
    assertEquals(
        "Saved the credit report of 5569837528 as a PDF to "
            + pdf
            + " ("
            + bytes.length
            + " bytes).\n",
        run.out());
  }

  @Test
  void creditReportOfAWithheldCompanyIsAnApiError() {
    DemoRun run = DemoRun.embedded("credit-report", "--registration-number", "5565242848");

    assertEquals(ErrorReport.API_ERROR, run.exitCode(), run.toString());
    assertTrue(run.errorLines().contains("HTTP 451"), run.toString());
  }

  @Test
  void helpListsEverySubcommandAndTheExitCodes() {
    DemoRun run = DemoRun.embedded("--help");

    assertEquals(0, run.exitCode());
    for (String command :
        new String[] {
          "person-search", "person-find", "company-search", "credit-report", "monitor"
        }) {
      assertTrue(run.out().contains("  " + command + " "), command + " in " + run.out());
    }
    assertTrue(run.out().contains("Exit codes: 0 done, 2 invalid request"), run.out());
  }

  @Test
  void aWrongOptionValueIsAUsageError() {
    DemoRun run = DemoRun.embedded("person-search", "--country", "DE");

    assertEquals(ErrorReport.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("Invalid value for option '--country'"), run.err());
  }
}
