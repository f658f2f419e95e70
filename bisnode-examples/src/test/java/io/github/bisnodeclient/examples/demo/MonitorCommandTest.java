package io.github.bisnodeclient.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code monitor} run as a user runs it, pointed at a sandbox whose clock stands still (so that the
 * dates it prints are known) and whose requests the test can read.
 */
class MonitorCommandTest {
  private static final String PERSONS_ONLY = "persons-only";

  @RegisterExtension
  static final BisnodeSandboxExtension EXTENSION =
      BisnodeSandboxExtension.configured(
          b ->
              b.clock(Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneOffset.UTC))
                  .client(PERSONS_ONLY, "persons-only-secret", "bci"));

  private BisnodeSandbox sandbox;

  @BeforeEach
  void keep(BisnodeSandbox sandbox) {
    this.sandbox = sandbox;
  }

  private DemoRun run(String... args) {
    return runAs(sandbox.clientId(), sandbox.clientSecret(), args);
  }

  private DemoRun runAs(String clientId, String secret, String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--token-url";
    all[args.length + 1] = sandbox.tokenUrl();
    all[args.length + 2] = "--api-host";
    all[args.length + 3] = sandbox.hostUrl();
    return DemoRun.run(Map.of("BISNODE_CLIENT_ID", clientId, "BISNODE_CLIENT_SECRET", secret), all);
  }

  /** The monitoring requests with this method, as target and body. */
  private List<String> requests(String method) {
    return sandbox.recordedRequests().stream()
        .filter(r -> r.method().equals(method) && r.path().startsWith("/credit-monitoring"))
        .map(r -> r.target() + (r.body().isEmpty() ? "" : " " + r.body()))
        .toList();
  }

  @Test
  void addsCompaniesAndListsThePortfolio() {
    DemoRun run = run("monitor", "--add", "5569837528,no:835824829");

    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(
        "Added Norrsken Mjukvara AB (SE 5569837528).\n"
            + "Added Fjordlys Teknologi AS (NO 835824829).\n"
            + "NAME                   COUNTRY  REG. NUMBER  RATING  ADDED\n"
            + "Norrsken Mjukvara AB   SE       5569837528   AA      2025-03-14\n"
            + "Fjordlys Teknologi AS  NO       835824829    A       2025-03-14\n"
            + "2 companies watched.\n",
        run.out());
    assertEquals("", run.errorLines());
    assertEquals(
        List.of(
            "/credit-monitoring-companies/v1/portfolio/companies"
                + " {\"companyIds\":[{\"country\":\"SE\",\"registrationNumber\":\"5569837528\"},"
                + "{\"country\":\"NO\",\"registrationNumber\":\"835824829\"}]}"),
        requests("PUT"));
  }

  @Test
  void removesAfterAddingAndSaysWhatWasNotWatched() {
    DemoRun run =
        run(
            "monitor",
            "--add",
            "5569837528",
            "no:835824829",
            "--remove",
            "NO:835824829",
            "--remove",
            "fi:1587191-7");

    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(
        "Added Norrsken Mjukvara AB (SE 5569837528).\n"
            + "Added Fjordlys Teknologi AS (NO 835824829).\n"
            + "Removed NO 835824829.\n"
            + "FI 1587191-7 was not in the portfolio.\n"
            + "NAME                  COUNTRY  REG. NUMBER  RATING  ADDED\n"
            + "Norrsken Mjukvara AB  SE       5569837528   AA      2025-03-14\n"
            + "1 company watched.\n",
        run.out());
    assertEquals(
        List.of(
            "/credit-monitoring-companies/v1/portfolio/companies"
                + " {\"companyIds\":[{\"country\":\"NO\",\"registrationNumber\":\"835824829\"},"
                + "{\"country\":\"FI\",\"registrationNumber\":\"1587191-7\"}]}"),
        requests("DELETE"));
  }

  @Test
  void listsTheEventsStreamingThemPageByPage() {
    DemoRun run = run("monitor", "--add", "5569837528", "--events", "--page-size", "3");

    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(
        "Added Norrsken Mjukvara AB (SE 5569837528).\n"
            + "NAME                  COUNTRY  REG. NUMBER  RATING  ADDED\n"
            + "Norrsken Mjukvara AB  SE       5569837528   AA      2025-03-14\n"
            + "1 company watched.\n"
            + "\n"
            + "DATE        COMPANY               EVENT                               CHANGE\n"
            + "2024-11-12  Norrsken Mjukvara AB  The company's credit limit changed"
            + "  10744000 → 13430000 SEK\n"
            + "2024-10-17  Norrsken Mjukvara AB  The company's rating changed        A → AA\n"
            + "2024-09-26  Norrsken Mjukvara AB  An annual report was filed          2024\n"
            + "2024-07-14  Norrsken Mjukvara AB  The board changed\n"
            + "4 events.\n",
        run.out());
    assertEquals(
        List.of(
            "/credit-monitoring-companies/v1/portfolio/events"
                + " {\"page\":{\"number\":0,\"size\":3},"
                + "\"sorting\":{\"sortBy\":\"EVENT_DATE\",\"sortDirection\":\"DESC\"}}",
            "/credit-monitoring-companies/v1/portfolio/events"
                + " {\"page\":{\"number\":1,\"size\":3},"
                + "\"sorting\":{\"sortBy\":\"EVENT_DATE\",\"sortDirection\":\"DESC\"}}"),
        requests("POST"),
        "the second page holds one event: no third is asked for");
    assertEquals(
        List.of(
            "/credit-monitoring-companies/v1/portfolio/companies"
                + "?page=0&size=3&sortBy=ADDED_DATE&sortDirection=ASC"),
        requests("GET"));
  }

  @Test
  void jsonHoldsEachBodyAsBisnodeSentIt() {
    DemoRun run =
        run(
            "monitor",
            "--add",
            "5569837528,no:835824829",
            "--remove",
            "no:835824829",
            "--events",
            "--page-size",
            "3",
            "--json");

    assertEquals(0, run.exitCode(), run.toString());
    JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
    assertEquals(
        List.of("added", "removed", "companyPages", "eventPages"), List.copyOf(json.keySet()));
    assertEquals(1, json.getAsJsonArray("companyPages").size());
    assertEquals(2, json.getAsJsonArray("eventPages").size());
    try (BisnodeClient client = sandbox.newClient()) {
      AsSent.Monitoring monitoring = client.create(AsSent.Monitoring.class);
      String page = monitoring.companies(0, 3, "ADDED_DATE", "ASC");
      assertTrue(
          run.out().contains("\"companyPages\": [\n    " + page + "\n  ]"),
          "the page's body unchanged in\n" + run.out());
    }
    assertTrue(run.out().contains("\"test\":true"), "a field only the PUT's body has");
  }

  @Test
  void jsonKeepsTheNotesAsideAndTheExitCodeOfACompanyNotAdded() {
    DemoRun run = run("monitor", "--add", "5564855582", "--remove", "5569837528", "--json");

    assertEquals(ErrorReport.API_ERROR, run.exitCode(), run.toString());
    assertEquals(
        "SE 5569837528 was not in the portfolio.\n"
            + "Bisnode could not add SE 5564855582 to the portfolio.",
        run.errorLines());
    JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
    assertEquals(
        "5564855582",
        json.getAsJsonObject("added")
            .getAsJsonArray("companiesUnableToAdd")
            .get(0)
            .getAsJsonObject()
            .get("registrationNumber")
            .getAsString());
    assertEquals(0, json.getAsJsonArray("removed").size());
  }

  @Test
  void aRegistrationNumberFailingItsCheckDigitIsBisnodesValidationErrorInOneLine() {
    DemoRun run = run("monitor", "--add", "5569837529");

    assertEquals(ErrorReport.INVALID_REQUEST, run.exitCode(), run.toString());
    assertEquals(
        "Invalid request: Validation error;"
            + " companyIds[0].registrationNumber: is not a valid registration number in SE"
            + " (sent 5569837529)",
        run.errorLines());
    assertEquals("", run.out());
  }

  @Test
  void aCompanyBisnodeCannotAddIsAnApiErrorAfterTheListing() {
    DemoRun run = run("monitor", "--add", "5569837528,5564855582");

    assertEquals(ErrorReport.API_ERROR, run.exitCode(), run.toString());
    assertEquals("Bisnode could not add SE 5564855582 to the portfolio.", run.errorLines());
    assertTrue(run.out().endsWith("1 company watched.\n"), run.out());
  }

  @Test
  void anIdWithAnUnknownCountryIsAUsageErrorAndNothingIsSent() {
    DemoRun run = run("monitor", "--add", "5569837528,de:123");

    assertEquals(ErrorReport.USAGE, run.exitCode(), run.toString());
    assertEquals(
        "Invalid arguments: 'de:123': the country must be SE, NO, DK or FI", run.errorLines());
    assertEquals(0, sandbox.apiRequestCount());
  }

  @Test
  void aClientWithoutTheMonitoringScopeIsAMissingScope() {
    DemoRun run = runAs(PERSONS_ONLY, "persons-only-secret", "monitor");

    assertEquals(ErrorReport.MISSING_SCOPE, run.exitCode(), run.toString());
    assertTrue(run.errorLines().startsWith("Missing scope: Token request to "), run.toString());
    assertEquals(1, run.errorLines().lines().count(), run.toString());
  }

  @Test
  void theEmbeddedSandboxStartsEachRunWithAnEmptyPortfolio() {
    DemoRun added = DemoRun.embedded("monitor", "--add", "5569837528");
    DemoRun later = DemoRun.embedded("monitor", "--events");

    assertEquals(0, added.exitCode(), added.toString());
    assertTrue(added.out().endsWith("1 company watched.\n"), added.out());
    assertEquals(0, later.exitCode(), later.toString());
    assertEquals("The portfolio is empty.\n\nNo events.\n", later.out());
  }
}
