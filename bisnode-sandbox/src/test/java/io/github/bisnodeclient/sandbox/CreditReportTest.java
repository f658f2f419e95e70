package io.github.bisnodeclient.sandbox;

import static io.github.bisnodeclient.sandbox.SandboxHttp.assertError;
import static io.github.bisnodeclient.sandbox.SandboxHttp.json;
import static io.github.bisnodeclient.sandbox.SandboxHttp.subError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CreditReportTest {
  private static final Company NORRSKEN = SampleData.COMPANIES.get(0);

  private static BisnodeSandbox sandbox;
  private static SandboxHttp http;
  private static String token;

  @BeforeAll
  static void start() {
    sandbox =
        BisnodeSandbox.builder()
            .clock(Clock.fixed(Instant.parse("2025-02-03T10:00:00Z"), ZoneOffset.UTC))
            .start();
    http = new SandboxHttp(sandbox);
    token = http.token("credit_data_companies");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static HttpResponse<String> report(String country, String body) {
    return http.postJson(
        sandbox.creditDataCompaniesBaseUrl() + "/companies/" + country, token, body);
  }

  private static HttpRequest.Builder pdfRequest(String accept, String body) {
    return HttpRequest.newBuilder(
            URI.create(sandbox.creditDataCompaniesBaseUrl() + "/companies/se"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  @Test
  void aFullReportHasEverySegment() {
    HttpResponse<String> response =
        report(
            "se",
            "{\"registrationNumber\":\""
                + NORRSKEN.registrationNumber()
                + "\",\"reference\":\"order-42\",\"onBehalfOf\":\"Acme AB\"}");

    assertEquals(200, response.statusCode(), response.body());
    JsonObject report = json(response);
    assertEquals("2025-02-03", report.get("reportDate").getAsString());
    assertEquals("EN", report.get("language").getAsString());
    assertEquals("order-42", report.get("reference").getAsString());
    assertEquals("Acme AB", report.get("onBehalfOf").getAsString());

    JsonObject info = report.getAsJsonObject("companyInformation");
    assertEquals("Norrsken Mjukvara AB", info.get("name").getAsString());
    assertEquals(NORRSKEN.registrationNumber(), info.get("registrationNumber").getAsString());
    assertEquals(2011, info.getAsJsonObject("registrationDate").get("year").getAsInt());
    assertEquals("62010", info.getAsJsonObject("industry").get("code").getAsString());
    assertEquals("SEK", info.getAsJsonObject("shareCapital").get("currency").getAsString());
    assertEquals("Stockholm", info.getAsJsonObject("address").get("town").getAsString());

    JsonObject risk = report.getAsJsonObject("risk");
    int riskClass = risk.get("riskClass").getAsInt();
    assertTrue(riskClass >= 1 && riskClass <= 5);
    assertEquals(
        new String[] {"", "C", "B", "A", "AA", "AAA"}[riskClass], risk.get("rating").getAsString());
    assertFalse(risk.get("ratingDescription").getAsString().isBlank());
    assertEquals("SEK", risk.getAsJsonObject("creditLimit").get("currency").getAsString());

    JsonArray annual = report.getAsJsonObject("finance").getAsJsonArray("annualReports");
    assertEquals(3, annual.size());
    assertEquals(
        2024, annual.get(0).getAsJsonObject().getAsJsonObject("endDate").get("year").getAsInt());
    assertTrue(annual.get(0).getAsJsonObject().get("revenue").getAsLong() > 0);

    assertTrue(report.getAsJsonObject("management").getAsJsonArray("members").size() >= 3);
    double shares = 0;
    for (var owner : report.getAsJsonObject("ownership").getAsJsonArray("owners")) {
      shares += owner.getAsJsonObject().get("ownershipPercentage").getAsDouble();
    }
    assertEquals(100.0, shares, 0.001);
    assertFalse(report.getAsJsonArray("events").isEmpty());
  }

  @Test
  void theSameCompanyAlwaysGetsTheSameFigures() {
    String body = "{\"registrationNumber\":\"" + NORRSKEN.registrationNumber() + "\"}";

    assertEquals(report("se", body).body(), report("se", body).body());
  }

  @Test
  void onlyTheAskedSegmentsAndCompanyInformation() {
    JsonObject report =
        json(
            report(
                "se",
                "{\"registrationNumber\":\""
                    + NORRSKEN.registrationNumber()
                    + "\",\"segments\":[\"RISK\"]}"));

    assertTrue(report.has("companyInformation"));
    assertTrue(report.has("risk"));
    assertFalse(report.has("finance"));
    assertFalse(report.has("management"));
    assertFalse(report.has("ownership"));
    assertFalse(report.has("events"));
  }

  @Test
  void ratingDescriptionsFollowTheLanguage() {
    Company finnish =
        SampleData.COMPANIES.stream()
            .filter(c -> c.name().equals("Saimaan Puu Oy"))
            .findFirst()
            .get();

    JsonObject report =
        json(
            report(
                "fi",
                "{\"registrationNumber\":\""
                    + finnish.registrationNumber()
                    + "\",\"language\":\"FI\",\"segments\":[\"RISK\"]}"));

    String description = report.getAsJsonObject("risk").get("ratingDescription").getAsString();
    assertTrue(description.contains("luotto") || description.contains("Luotto"), description);
    assertEquals(
        "EUR",
        report
            .getAsJsonObject("risk")
            .getAsJsonObject("creditLimit")
            .get("currency")
            .getAsString());
  }

  @Test
  void eventsAreNotAvailableForDenmark() {
    Company danish =
        SampleData.COMPANIES.stream().filter(c -> c.country().equals("DK")).findFirst().get();

    JsonObject body =
        assertError(
            report(
                "dk",
                "{\"registrationNumber\":\""
                    + danish.registrationNumber()
                    + "\",\"segments\":[\"RISK\",\"EVENTS\"]}"),
            400,
            "BAD_REQUEST");

    assertEquals("EVENTS", subError(body, "segments[1]").get("rejectedValue").getAsString());
    assertFalse(
        json(report("dk", "{\"registrationNumber\":\"" + danish.registrationNumber() + "\"}"))
            .has("events"));
  }

  @Test
  void anInactiveCompanyHasNoRiskClass() {
    Company inactive =
        SampleData.COMPANIES.stream()
            .filter(c -> !c.active() && c.country().equals("NO"))
            .findFirst()
            .get();

    JsonObject risk =
        json(report("no", "{\"registrationNumber\":\"" + inactive.registrationNumber() + "\"}"))
            .getAsJsonObject("risk");

    assertFalse(risk.has("riskClass"));
    assertEquals("-", risk.get("rating").getAsString());
  }

  @Test
  void anUnknownCompanyIs404() {
    // A valid organisationsnummer that is not in the sample data.
    JsonObject body =
        assertError(report("se", "{\"registrationNumber\":\"5564855582\"}"), 404, "NOT_FOUND");

    assertTrue(body.get("message").getAsString().startsWith("Company not found"));
  }

  @Test
  void aLegallyBlockedCompanyIs451() {
    Company blocked =
        SampleData.COMPANIES.stream().filter(Company::legallyBlocked).findFirst().get();

    assertError(
        report("se", "{\"registrationNumber\":\"" + blocked.registrationNumber() + "\"}"),
        451,
        "UNAVAILABLE_FOR_LEGAL_REASONS");
  }

  @Test
  void invalidFieldsAre400() {
    JsonObject body =
        assertError(
            report(
                "se",
                "{\"registrationNumber\":\"5569837529\",\"language\":\"DE\","
                    + "\"segments\":[\"GOSSIP\"]}"),
            400,
            "BAD_REQUEST");

    assertEquals(3, body.getAsJsonArray("subErrors").size());
    assertEquals("RequestModel", subError(body, "registrationNumber").get("object").getAsString());
    subError(body, "language");
    subError(body, "segments[0]");
    subError(assertError(report("se", "{}"), 400, "BAD_REQUEST"), "registrationNumber");
  }

  @Test
  void anUnknownOrUpperCaseCountryPathIs404() {
    String body = "{\"registrationNumber\":\"" + NORRSKEN.registrationNumber() + "\"}";

    assertError(report("de", body), 404, "NOT_FOUND");
    assertError(report("SE", body), 404, "NOT_FOUND");
  }

  @Test
  void acceptApplicationPdfGetsAValidPdf() {
    HttpResponse<byte[]> response =
        http.sendForBytes(
            pdfRequest(
                    "application/pdf",
                    "{\"registrationNumber\":\""
                        + NORRSKEN.registrationNumber()
                        + "\",\"reference\":\"Order (42)\"}")
                .build());

    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    String pdf = new String(response.body(), StandardCharsets.ISO_8859_1);
    assertTrue(pdf.startsWith("%PDF-1.4\n"));
    assertTrue(pdf.endsWith("%%EOF"));
    assertTrue(pdf.contains("(Norrsken Mjukvara AB) Tj"));
    assertTrue(pdf.contains("(Order \\(42\\)) Tj"), "parentheses escaped");
    Matcher risk = Pattern.compile("\\((\\d) of 5\\) Tj").matcher(pdf);
    assertTrue(risk.find(), "shows the risk class");
    assertXrefIsCorrect(pdf);
  }

  @Test
  void nordicLettersAreWrittenInWinAnsi() {
    Company gota =
        SampleData.COMPANIES.stream().filter(c -> c.name().startsWith("Göta")).findFirst().get();

    HttpResponse<byte[]> response =
        http.sendForBytes(
            pdfRequest(
                    "application/pdf",
                    "{\"registrationNumber\":\"" + gota.registrationNumber() + "\"}")
                .build());

    String pdf = new String(response.body(), StandardCharsets.ISO_8859_1);
    assertTrue(pdf.contains("(Göta Kanal Logistik AB) Tj"));
    assertTrue(pdf.contains("/Encoding /WinAnsiEncoding"));
    assertXrefIsCorrect(pdf);
  }

  @Test
  void contentNegotiationPrefersTheHigherQuality() {
    String body = "{\"registrationNumber\":\"" + NORRSKEN.registrationNumber() + "\"}";

    assertEquals(
        "application/json",
        http.sendForBytes(pdfRequest("application/json, application/pdf;q=0.5", body).build())
            .headers()
            .firstValue("Content-Type")
            .orElse(""));
    assertEquals(
        "application/pdf",
        http.sendForBytes(pdfRequest("application/pdf, */*;q=0.1", body).build())
            .headers()
            .firstValue("Content-Type")
            .orElse(""));
    assertEquals(
        "application/json",
        http.sendForBytes(pdfRequest("*/*", body).build())
            .headers()
            .firstValue("Content-Type")
            .orElse(""));
    assertEquals(406, http.sendForBytes(pdfRequest("text/html", body).build()).statusCode());
  }

  /**
   * Every object's xref offset points at "N 0 obj", startxref at "xref", and each stream's /Length
   * matches its bytes.
   */
  static void assertXrefIsCorrect(String pdf) {
    Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF$").matcher(pdf);
    assertTrue(start.find(), "startxref at the end");
    int xref = Integer.parseInt(start.group(1));
    assertTrue(pdf.startsWith("xref\n", xref), "startxref points at the xref table");
    Matcher header = Pattern.compile("xref\n0 (\\d+)\n").matcher(pdf);
    assertTrue(header.find(xref));
    int size = Integer.parseInt(header.group(1));
    int entries = header.end();
    assertEquals("0000000000 65535 f \n", pdf.substring(entries, entries + 20));
    for (int i = 1; i < size; i++) {
      String entry = pdf.substring(entries + 20 * i, entries + 20 * (i + 1));
      assertTrue(entry.matches("\\d{10} 00000 n \n"), entry);
      int offset = Integer.parseInt(entry.substring(0, 10));
      assertTrue(pdf.startsWith(i + " 0 obj\n", offset), "object " + i + " at " + offset);
    }
    assertTrue(pdf.contains("/Size " + size + " "));
    Matcher stream = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(pdf);
    while (stream.find()) {
      int length = Integer.parseInt(stream.group(1));
      assertTrue(pdf.startsWith("\nendstream", stream.end() + length), "stream length " + length);
    }
  }
}
