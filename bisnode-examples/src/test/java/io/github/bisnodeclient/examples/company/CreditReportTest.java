package io.github.bisnodeclient.examples.company;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.examples.company.CreditReportRequest.Language;
import io.github.bisnodeclient.examples.company.CreditReportRequest.Segment;
import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import io.github.bisnodeclient.sandbox.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BisnodeSandboxExtension.class)
class CreditReportTest {
  private static final String NORRSKEN = "5569837528";

  private CreditDataCompaniesApi companies;
  private BisnodeSandbox sandbox;

  @BeforeEach
  void create(BisnodeClient bisnode, BisnodeSandbox sandbox) {
    this.companies = bisnode.create(CreditDataCompaniesApi.class);
    this.sandbox = sandbox;
  }

  @Test
  void decodesEverySegmentOfNorrskensReport() {
    CreditReport report =
        companies.creditReport(
            Country.SE, CreditReportRequest.of(NORRSKEN).withReference("order-42"));

    LocalDate today = LocalDate.ofInstant(sandbox.now(), ZoneOffset.UTC);
    assertEquals(today.toString(), report.reportDate());
    assertEquals("EN", report.language());
    assertEquals("order-42", report.reference());
    assertNull(report.onBehalfOf());

    CreditReport.CompanyInformation info = report.companyInformation();
    assertEquals("Norrsken Mjukvara AB", info.name());
    assertEquals(NORRSKEN, info.registrationNumber());
    assertEquals("314632026", info.dunsNumber());
    assertEquals("SE", info.country());
    assertEquals("LIMITED_COMPANY", info.legalForm());
    assertTrue(info.active());
    assertTrue(info.headQuarter());
    assertEquals(LocalDate.of(2011, 5, 28), info.registrationDate().toLocalDate());
    assertEquals(new CompanyAddress("Vasagatan 9", "11120", "Stockholm", "SE"), info.address());
    assertEquals(new CreditReport.Industry("62010", "Computer programming"), info.industry());
    assertEquals(93, info.numberOfEmployees());
    assertEquals(new Money(new BigDecimal("50000"), "SEK"), info.shareCapital());

    CreditReport.Risk risk = report.risk();
    assertEquals(4, risk.riskClass());
    assertEquals("AA", risk.rating());
    assertEquals("Good creditworthiness", risk.ratingDescription());
    assertEquals(0.84, risk.probabilityOfDefault());
    assertEquals(new Money(new BigDecimal("13430000"), "SEK"), risk.creditLimit());
    assertEquals(0, risk.paymentRemarks());

    assertEquals("SEK", report.finance().currency());
    List<CreditReport.AnnualReport> years = report.finance().annualReports();
    assertFalse(years.isEmpty());
    assertTrue(years.size() <= 3);
    CreditReport.AnnualReport newest = years.get(0);
    assertEquals(today.getYear() - 1, newest.endDate().year());
    assertEquals(LocalDate.of(today.getYear() - 1, 1, 1), newest.startDate().toLocalDate());
    assertEquals(LocalDate.of(today.getYear() - 1, 12, 31), newest.endDate().toLocalDate());
    assertTrue(newest.revenue() > 0);
    assertTrue(newest.totalAssets() > newest.equity());
    assertTrue(newest.operatingProfit() != null && newest.profitAfterFinancialItems() != null);
    assertTrue(newest.numberOfEmployees() > 0);

    List<CreditReport.Member> members = report.management().members();
    assertTrue(
        members.contains(
            new CreditReport.Member("Mikael Lund", "CHAIRMAN", new BisnodeDate(2011, 8, 28))),
        members.toString());
    assertTrue(members.stream().anyMatch(m -> m.role().equals("CEO")));

    List<CreditReport.Owner> owners = report.ownership().owners();
    assertEquals(
        100.0, owners.stream().mapToDouble(CreditReport.Owner::ownershipPercentage).sum(), 0.001);
    assertEquals("PERSON", owners.get(0).type());

    assertTrue(
        report.events().stream().anyMatch(e -> e.type().equals("ANNUAL_REPORT_FILED")),
        report.events().toString());
    assertTrue(
        report.events().stream().allMatch(e -> e.date().toLocalDate().isBefore(today.plusDays(1))));
  }

  @Test
  void asksOnlyForTheSegmentsAndLanguageGiven() {
    CreditReport report =
        companies.creditReport(
            Country.SE,
            CreditReportRequest.of(NORRSKEN)
                .withSegments(Segment.RISK)
                .withLanguage(Language.SV)
                .withOnBehalfOf("Kund AB"));

    assertEquals("Norrsken Mjukvara AB", report.companyInformation().name());
    assertEquals("AA", report.risk().rating());
    assertNotEquals("Good creditworthiness", report.risk().ratingDescription());
    assertEquals("Kund AB", report.onBehalfOf());
    assertNull(report.finance());
    assertNull(report.management());
    assertNull(report.ownership());
    assertEquals(List.of(), report.events());
    RecordedRequest request = sandbox.lastRecordedRequest().orElseThrow();
    assertEquals("/credit-data-companies/v2/companies/se", request.path());
    assertEquals(
        "{\"registrationNumber\":\"5569837528\",\"onBehalfOf\":\"Kund AB\",\"language\":\"SV\","
            + "\"segments\":[\"RISK\"]}",
        request.body());
  }

  @Test
  void eventsForADanishCompanyAreAValidationErrorOnTheSegment() {
    BisnodeApiException e =
        assertThrows(
            BisnodeApiException.class,
            () ->
                companies.creditReport(
                    Country.DK, CreditReportRequest.of("15775084").withSegments(Segment.EVENTS)));

    assertEquals(400, e.status());
    assertEquals("segments[0]", e.error().orElseThrow().subErrors().get(0).field());
  }

  @Test
  void anUnknownCompanyIs404AndAWithheldOneIs451() {
    BisnodeApiException unknown =
        assertThrows(
            BisnodeApiException.class,
            () -> companies.creditReport(Country.SE, CreditReportRequest.of("5564855582")));
    assertEquals(404, unknown.status());
    assertTrue(unknown.error().orElseThrow().message().contains("5564855582"));

    BisnodeApiException withheld =
        assertThrows(
            BisnodeApiException.class,
            () -> companies.creditReport(Country.SE, CreditReportRequest.of("5565242848")));
    assertEquals(451, withheld.status());
  }

  @Test
  void streamsTheReportAsAPdf() throws IOException {
    byte[] pdf;
    try (InputStream in =
        companies.creditReportPdf(
            Country.SE, CreditReportRequest.of(NORRSKEN).withReference("order-42"))) {
      pdf = in.readAllBytes();
    }

    String text = new String(pdf, ISO_8859_1);
    assertTrue(text.startsWith("%PDF-"), text.substring(0, Math.min(20, text.length())));
    assertTrue(text.stripTrailing().endsWith("%%EOF"));
    assertTrue(text.contains("order-42"));
    RecordedRequest request = sandbox.lastRecordedRequest().orElseThrow();
    assertEquals("/credit-data-companies/v2/companies/se", request.path());
    assertEquals("application/pdf", request.header("Accept").orElseThrow());
  }

  @Test
  void aPdfRequestThatFailsThrowsTheJsonError() {
    BisnodeApiException e =
        assertThrows(
            BisnodeApiException.class,
            () -> companies.creditReportPdf("se", CreditReportRequest.of("5569837527")).close());

    assertEquals(400, e.status());
    assertEquals("registrationNumber", e.error().orElseThrow().subErrors().get(0).field());
  }

  @Test
  void bisnodeDatesConvertAndPrint() {
    assertEquals(LocalDate.of(2011, 5, 28), new BisnodeDate(2011, 5, 28).toLocalDate());
    assertEquals("2011-05-28", new BisnodeDate(2011, 5, 28).toString());
    assertThrows(
        java.time.DateTimeException.class, () -> new BisnodeDate(2011, 0, 0).toLocalDate());
  }
}
