package io.github.bisnodeclient.examples.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import io.github.bisnodeclient.sandbox.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every request of Credit Monitoring Companies v1, through the generated client on the sandbox. */
class CreditMonitoringCompaniesApiTest {
  @RegisterExtension
  static BisnodeSandboxExtension extension =
      BisnodeSandboxExtension.configured(
          b -> b.client("second", "second-secret", "credit_monitoring_companies"));

  private static final CompanyId NORRSKEN = CompanyId.of(Country.SE, "5569837528");
  private static final CompanyId FJORDLYS = CompanyId.of(Country.NO, "835824829");
  private static final CompanyId NOBODY = CompanyId.of(Country.SE, "5564855582");

  private CreditMonitoringCompaniesApi monitoring;
  private BisnodeSandbox sandbox;

  @BeforeEach
  void create(BisnodeClient bisnode, BisnodeSandbox sandbox) {
    this.monitoring = bisnode.create(CreditMonitoringCompaniesApi.class);
    this.sandbox = sandbox;
  }

  private List<String> watched() {
    return monitoring.companies(null, 0, 100, "ADDED_DATE", "ASC").companies().stream()
        .map(PortfolioCompany::registrationNumber)
        .toList();
  }

  @Test
  void putAddsCompaniesAndTheDeleteWithABodyRemovesOne() {
    AddedCompanies added = monitoring.addCompanies(CompanyIds.of(NORRSKEN, FJORDLYS, NOBODY));
    assertEquals(2, added.companies().size());
    assertEquals("Norrsken Mjukvara AB", added.companies().get(0).name());
    assertNotNull(added.companies().get(0).rating());
    assertEquals(List.of(NOBODY), added.companiesUnableToAdd());

    List<RemovedCompany> removed = monitoring.removeCompanies(CompanyIds.of(FJORDLYS));

    assertEquals("835824829", removed.get(0).registrationNumber());
    assertNotNull(removed.get(0).removedDate());
    RecordedRequest delete = sandbox.lastRecordedRequest().orElseThrow();
    assertEquals("DELETE", delete.method());
    assertEquals(
        "{\"companyIds\":[{\"country\":\"NO\",\"registrationNumber\":\"835824829\"}]}",
        delete.body());
    assertEquals(List.of("5569837528"), watched());
    assertEquals(1L, monitoring.portfolio().totalCompanies());
    assertEquals("ACTIVE", monitoring.portfolio().status());
  }

  @Test
  void aPutIsRetriedAfterA503AndAddsOnce() {
    sandbox.faults().serviceUnavailableForNextApiRequests(1, 0);

    AddedCompanies added = monitoring.addCompanies(CompanyIds.of(NORRSKEN));

    assertEquals(1, added.companies().size());
    long puts = sandbox.recordedRequests().stream().filter(r -> r.method().equals("PUT")).count();
    assertEquals(2, puts, "the 503 and the retry");
    assertEquals(List.of("5569837528"), watched());
  }

  @Test
  void anIdempotentPostIsRetriedAfterA429() {
    monitoring.addCompanies(CompanyIds.of(NORRSKEN));
    sandbox.resetCounters();
    sandbox.faults().throttleNextApiRequests(1, 0);

    EventsResult events = monitoring.events(EventsRequest.page(0, 20));

    assertEquals(4L, events.page().totalEvents());
    List<RecordedRequest> posts = sandbox.recordedRequests();
    assertEquals(2, posts.size(), "the 429 and the retry: " + posts);
    assertEquals("POST", posts.get(1).method());
    assertEquals(posts.get(0).target(), posts.get(1).target());
    assertEquals(posts.get(0).body(), posts.get(1).body(), "the same body sent again");
  }

  @Test
  void anUnmarkedPostIsNotResentAfterA429() {
    monitoring.addCompanies(CompanyIds.of(NORRSKEN));
    sandbox.resetCounters();
    sandbox.faults().throttleNextApiRequests(1, 0);

    BisnodeApiException e =
        assertThrows(
            BisnodeApiException.class,
            () -> monitoring.addReferences(ReferencesRequest.of(NORRSKEN, "r1")));

    assertEquals(429, e.status());
    assertEquals(1, sandbox.apiRequestCount());
  }

  @Test
  void anUnmarkedPostIsNotResentAfterA503() {
    monitoring.addCompanies(CompanyIds.of(NORRSKEN));
    sandbox.resetCounters();
    sandbox.faults().serviceUnavailableForNextApiRequests(1, 0);

    BisnodeApiException e =
        assertThrows(
            BisnodeApiException.class,
            () -> monitoring.addReferences(ReferencesRequest.of(NORRSKEN, "r1")));

    assertEquals(503, e.status());
    assertEquals(1, sandbox.apiRequestCount());
  }

  @Test
  void eachClientSeesOnlyItsOwnPortfolio() {
    monitoring.addCompanies(CompanyIds.of(NORRSKEN));
    try (BisnodeClient second =
        sandbox.clientBuilder().credentials("second", "second-secret").build()) {
      CreditMonitoringCompaniesApi theirs = second.create(CreditMonitoringCompaniesApi.class);
      assertEquals(0L, theirs.portfolio().totalCompanies());
      theirs.addCompanies(CompanyIds.of(FJORDLYS));
      assertEquals(1L, theirs.portfolio().totalCompanies());
    }
    assertEquals(List.of("5569837528"), watched());
  }

  @Test
  void companiesPageByPageAndSize() {
    monitoring.addCompanies(CompanyIds.of(NORRSKEN, FJORDLYS));

    assertEquals(1, monitoring.companies(null, 0, 1, null, null).companies().size());
    assertEquals(1, monitoring.companies(null, 1, 1, null, null).companies().size());
    assertTrue(monitoring.companies(null, 2, 1, null, null).companies().isEmpty());
    String rating = monitoring.companies(null, 0, 1, null, null).companies().get(0).rating().code();
    assertTrue(
        monitoring.companies(rating, 0, 10, null, null).companies().stream()
            .allMatch(c -> c.rating().code().equals(rating)));
  }

  @Test
  void theCompanyCheckIsQuietForAWatchedCompanyAndA404Otherwise() {
    monitoring.addCompanies(CompanyIds.of(NORRSKEN));

    monitoring.checkCompany(NORRSKEN);
    BisnodeApiException e =
        assertThrows(BisnodeApiException.class, () -> monitoring.checkCompany(FJORDLYS));
    assertEquals(404, e.status());
  }

  @Test
  void categoriesAreAddedRenamedListedAndDeleted() {
    Category suppliers = monitoring.addCategory(new CategoryName("Suppliers"));
    monitoring.addCategory(new CategoryName("Customers"));

    Category renamed = monitoring.renameCategory(suppliers.id(), new CategoryName("Vendors"));
    assertEquals(new Category(suppliers.id(), "Vendors"), renamed);
    assertEquals(List.of(renamed), monitoring.categories(0, 1));
    assertEquals("Customers", monitoring.categories(1, 1).get(0).categoryName());
    BisnodeApiException duplicate =
        assertThrows(
            BisnodeApiException.class, () -> monitoring.addCategory(new CategoryName("vendors")));
    assertEquals(400, duplicate.status());

    monitoring.deleteCategory(suppliers.id());
    assertEquals(1, monitoring.categories(0, 50).size());
    assertEquals(
        404,
        assertThrows(BisnodeApiException.class, () -> monitoring.deleteCategory(suppliers.id()))
            .status());
  }

  @Test
  void categoryCompaniesAndEvents() {
    String id = monitoring.addCategory(new CategoryName("Nordic")).id();

    CategoryAddedCompanies added =
        monitoring.addCategoryCompanies(id, CompanyIds.of(NORRSKEN, FJORDLYS, NOBODY));
    assertEquals(2, added.companies().size());
    assertEquals(List.of(NOBODY), added.companiesUnableToAdd());

    CategoryCompanies page = monitoring.categoryCompanies(id, null, "NO", 0, 20, null, null);
    assertEquals(1L, page.totalCompanies());
    assertEquals("Fjordlys Teknologi AS", page.companies().get(0).name());
    assertNotNull(page.companies().get(0).limit().amount());
    assertEquals("NOK", page.companies().get(0).limit().currency());
    assertEquals("Norrsken Mjukvara AB", monitoring.categoryCompany(id, NORRSKEN).name());

    EventsResult events = monitoring.categoryEvents(id, EventsRequest.page(0, 3));
    assertEquals(8L, events.page().totalEvents());
    assertEquals(3, events.page().totalPages());
    assertEquals(3, events.page().content().size());

    List<RemovedCompany> removed = monitoring.removeCategoryCompanies(id, CompanyIds.of(NORRSKEN));
    assertEquals("5569837528", removed.get(0).registrationNumber());
    assertEquals(
        404,
        assertThrows(BisnodeApiException.class, () -> monitoring.categoryCompany(id, NORRSKEN))
            .status());
    assertEquals(List.of("5569837528", "835824829"), watched(), "still in the portfolio");
  }

  @Test
  void eventsAreFilteredByCategoryAndCodeAndDecodedInFull() {
    monitoring.addCompanies(CompanyIds.of(NORRSKEN, FJORDLYS));
    EventsRequest risk =
        new EventsRequest(
            null,
            null,
            List.of(new EventFilter("RISK", List.of("RATING_CHANGED"), null)),
            List.of("SE"),
            "en",
            new PageRequest(0, 20),
            new Sorting("EVENT_DATE", "DESC"));

    EventsResult result = monitoring.events(risk);

    assertEquals(1, result.page().content().size());
    MonitoringEvent event = result.page().content().get(0);
    assertEquals("RATING_CHANGED", event.details().type().code());
    assertEquals("Norrsken Mjukvara AB", event.companyInformation().name());
    assertEquals(
        event.companyInformation().rating().code(), event.details().change().newValue().value());
    assertNotNull(event.eventDate());
    assertEquals(List.of(new FilterCount("RISK", 1L)), result.filters().get("eventCategory"));
  }

  @Test
  void eventCodesAreListedForACountry() {
    EventCodes all = monitoring.eventCodes("SE", List.of());
    EventCodes risk = monitoring.eventCodes("SE", List.of("RISK"));

    assertTrue(all.eventCategories().size() > 1);
    assertEquals(1, risk.eventCategories().size());
    assertTrue(
        risk.eventCategories().get(0).eventCodes().stream()
            .anyMatch(c -> c.code().equals("RATING_CHANGED")));
    assertEquals(
        "/credit-monitoring-companies/v1/portfolio/events/category/SE",
        sandbox.lastRecordedRequest().orElseThrow().path());
  }

  @Test
  void referencesAreAddedRemovedAndCleared() {
    monitoring.addCompanies(CompanyIds.of(NORRSKEN));

    monitoring.addReferences(ReferencesRequest.of(NORRSKEN, "test1", "test2"));
    monitoring.removeReferences(ReferencesRequest.of(NORRSKEN, "test1"));
    assertEquals(List.of("test2"), references());

    monitoring.removeAllReferences(List.of(NORRSKEN));
    RecordedRequest all = sandbox.lastRecordedRequest().orElseThrow();
    assertEquals(
        "DELETE /credit-monitoring-companies/v1/references/all", all.method() + " " + all.path());
    assertEquals("[{\"country\":\"SE\",\"registrationNumber\":\"5569837528\"}]", all.body());
    assertEquals(List.of(), references());
  }

  private List<String> references() {
    return monitoring
        .companies(null, 0, 1, null, null)
        .companies()
        .get(0)
        .objectReference()
        .references();
  }
}
