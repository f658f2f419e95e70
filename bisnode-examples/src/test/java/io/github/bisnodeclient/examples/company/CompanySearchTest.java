package io.github.bisnodeclient.examples.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeError;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import io.github.bisnodeclient.sandbox.RecordedRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BisnodeSandboxExtension.class)
class CompanySearchTest {
  private CreditDataCompaniesApi companies;
  private BisnodeSandbox sandbox;

  @BeforeEach
  void create(BisnodeClient bisnode, BisnodeSandbox sandbox) {
    this.companies = bisnode.create(CreditDataCompaniesApi.class);
    this.sandbox = sandbox;
  }

  @Test
  void findsNorrskensHeadOfficeAndBranchAndDecodesEveryField() {
    CompanySearchResult result =
        companies.search(CompanySearchRequest.byName(Country.SE, "Norrsken").withBranches(true));

    assertEquals(
        List.of(
            new Company(
                "Norrsken Mjukvara AB",
                "SE",
                "5569837528",
                "314632026",
                true,
                true,
                new CompanyAddress("Vasagatan 9", "11120", "Stockholm", "SE"),
                "LIMITED_COMPANY"),
            new Company(
                "Norrsken Mjukvara AB",
                "SE",
                "5569837528",
                "318470411",
                true,
                false,
                new CompanyAddress("Kungsgatan 12", "41119", "Göteborg", "SE"),
                "LIMITED_COMPANY")),
        result.companies());
    assertEquals(new Paging(2, 20, 0), result.paging());
    assertFalse(result.paging().hasNext());
  }

  @Test
  void sendsTheCriteriaAsJsonWithoutNullsAndNothingInTheUrl() {
    companies.search(CompanySearchRequest.byName(Country.SE, "Norrsken").withBranches(true));

    RecordedRequest request = sandbox.lastRecordedRequest().orElseThrow();
    assertEquals("POST", request.method());
    assertEquals("/credit-data-companies/v2/companies", request.path());
    assertNull(request.rawQuery());
    assertEquals(
        "{\"country\":\"SE\",\"name\":\"Norrsken\",\"includeBranches\":true}", request.body());
  }

  @Test
  void pagesThroughEveryHitOnceWithoutOverlap() {
    CompanySearchRequest query =
        CompanySearchRequest.byName(Country.SE, "AB")
            .withInactive(true)
            .withBranches(true)
            .withLimit(5);
    List<String> paged = new ArrayList<>();
    Set<String> unique = new HashSet<>();
    int pages = 0;
    CompanySearchResult page = companies.search(query);
    int total = page.paging().resultCount();
    while (true) {
      pages++;
      assertEquals(total, page.paging().resultCount());
      assertEquals(page.paging().pageSize(), page.companies().size());
      for (Company company : page.companies()) {
        paged.add(company.dunsNumber());
        assertTrue(unique.add(company.dunsNumber()), "seen twice: " + company);
      }
      if (!page.paging().hasNext()) {
        break;
      }
      page = companies.search(query.withOffset(page.paging().nextOffset()));
    }

    assertTrue(pages >= 3, "pages: " + pages);
    assertEquals(total, paged.size());
    List<String> onePage =
        companies.search(query.withLimit(200)).companies().stream()
            .map(Company::dunsNumber)
            .toList();
    assertEquals(onePage, paged, "the pages concatenate to the one-page answer");
  }

  @Test
  void anOffsetPastTheEndIsAnEmptyPageWithTheFullCount() {
    CompanySearchResult result =
        companies.search(CompanySearchRequest.byName(Country.FI, "Oy").withOffset(500));

    assertEquals(List.of(), result.companies());
    assertTrue(result.paging().resultCount() > 5);
    assertEquals(0, result.paging().pageSize());
  }

  @Test
  void findsByRegistrationNumberWithHyphenAndByDunsNumber() {
    assertEquals(
        List.of("314632026"),
        duns(
            companies.search(
                CompanySearchRequest.byRegistrationNumber(Country.SE, "556983-7528"))));
    assertEquals(
        List.of("Fjordlys Teknologi AS"),
        names(companies.search(CompanySearchRequest.byDunsNumber(Country.NO, "501052275"))));
  }

  @Test
  void filtersByAddressAndIncludesInactiveCompaniesOnlyWhenAsked() {
    assertEquals(
        List.of("Bryggen Handel AS", "Vestland Kraft AS"),
        names(
            companies.search(
                CompanySearchRequest.byName(Country.NO, "as")
                    .withAddress(new CompanyAddress(null, null, "bergen", null)))));

    CompanySearchRequest lappland = CompanySearchRequest.byName(Country.SE, "Lapplands Turism");
    assertEquals(List.of(), names(companies.search(lappland)));
    CompanySearchResult inactive = companies.search(lappland.withInactive(true));
    assertEquals(List.of("Lapplands Turism AB"), names(inactive));
    assertFalse(inactive.companies().get(0).active());
  }

  @Test
  void aSearchWithoutNameOrNumberIsAValidationErrorWithSubErrors() {
    BisnodeApiException e =
        assertThrows(
            BisnodeApiException.class,
            () -> companies.search(CompanySearchRequest.in(Country.SE).withLimit(500)));

    assertEquals(400, e.status());
    assertEquals("POST", e.verb());
    assertEquals("/companies", e.path());
    BisnodeError error = e.error().orElseThrow();
    assertEquals("Validation error", error.message());
    assertEquals(2, error.subErrors().size(), error.subErrors().toString());
    BisnodeError.SubError name = subError(error, "name");
    assertEquals("SearchRequest", name.object());
    assertEquals("Either registrationNumber, dunsNumber or name must be supplied", name.message());
    assertNull(name.rejectedValue());
    BisnodeError.SubError limit = subError(error, "limit");
    assertEquals(500, ((Number) limit.rejectedValue()).intValue());
  }

  @Test
  void pagingArithmetic() {
    Paging first = new Paging(57, 20, 0);
    assertEquals(20, first.pageSize());
    assertTrue(first.hasNext());
    assertEquals(20, first.nextOffset());
    Paging last = new Paging(57, 20, 40);
    assertEquals(17, last.pageSize());
    assertFalse(last.hasNext());
    assertFalse(new Paging(57, 0, 0).hasNext(), "limit 0 only counts");
  }

  private static BisnodeError.SubError subError(BisnodeError error, String field) {
    return error.subErrors().stream()
        .filter(sub -> field.equals(sub.field()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no subError on " + field + ": " + error));
  }

  private static List<String> names(CompanySearchResult result) {
    return result.companies().stream().map(Company::name).toList();
  }

  private static List<String> duns(CompanySearchResult result) {
    return result.companies().stream().map(Company::dunsNumber).toList();
  }
}
