package io.github.bisnodeclient.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Path;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.annotations.Query;
import io.github.bisnodeclient.examples.company.CompanySearchRequest;
import io.github.bisnodeclient.examples.company.CompanySearchResult;
import io.github.bisnodeclient.examples.company.CreditDataCompaniesApi;
import io.github.bisnodeclient.examples.company.CreditReport;
import io.github.bisnodeclient.examples.company.CreditReportRequest;
import io.github.bisnodeclient.examples.company.CreditReportRequest.Language;
import io.github.bisnodeclient.examples.company.CreditReportRequest.Segment;
import io.github.bisnodeclient.examples.monitoring.CreditMonitoringCompaniesApi;
import io.github.bisnodeclient.examples.monitoring.EventsResult;
import io.github.bisnodeclient.examples.monitoring.PortfolioInfo;
import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.examples.person.Person;
import io.github.bisnodeclient.examples.person.PersonCriteria;
import io.github.bisnodeclient.examples.person.PersonFindApi;
import io.github.bisnodeclient.examples.person.PersonSearchApi;
import io.github.bisnodeclient.examples.person.PersonSearchResult;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.internal.ApiTarget;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The adapters bisnode-processor wrote for the examples' records decode what the sandbox answers,
 * and bodies Bisnode might send, exactly as Gson's reflective adapter does, and encode the requests
 * alike.
 */
@ExtendWith(BisnodeSandboxExtension.class)
class GeneratedAdaptersTest {
  @BisnodeApi(baseUrl = "https://api.bisnode.com/consumerintelligence/person/v2", scope = "bci")
  interface RawPersonSearch {
    @Get("/person/search")
    String search(
        @Query("firstName") String firstName,
        @Query("familyName") String familyName,
        @Query("sourceCountry") String sourceCountry);
  }

  @BisnodeApi(baseUrl = "https://api.bisnode.com/consumer-intelligence/v3", scope = "bci")
  interface RawPersonFind {
    @Post("/markets/{market}/persons/_find")
    String find(@Path("market") String market, @Body PersonCriteria criteria);
  }

  @BisnodeApi(
      baseUrl = "https://api.bisnode.com/credit-data-companies/v2",
      scope = "credit_data_companies")
  interface RawCompanies {
    @Post("/companies")
    String search(@Body CompanySearchRequest request);

    @Post("/companies/{country}")
    String creditReport(@Path("country") String country, @Body CreditReportRequest request);
  }

  /** The client's default Gson reads {@code java.time} as ISO-8601 text; so does this one. */
  private static final Gson REFLECTIVE =
      new GsonBuilder()
          .registerTypeAdapter(
              LocalDateTime.class,
              new TypeAdapter<LocalDateTime>() {
                @Override
                public void write(JsonWriter out, LocalDateTime value) throws IOException {
                  out.value(value.toString());
                }

                @Override
                public LocalDateTime read(JsonReader in) throws IOException {
                  return LocalDateTime.parse(in.nextString());
                }
              }.nullSafe())
          .create();

  /** Shows a decoded value member by member, nulls included, to compare two decodings. */
  private static final Gson SHOW = REFLECTIVE.newBuilder().serializeNulls().create();

  private BisnodeClient bisnode;
  private RawPersonSearch personSearch;
  private RawPersonFind personFind;
  private RawCompanies companies;

  @BeforeEach
  void create(BisnodeClient bisnode) {
    this.bisnode = bisnode;
    personSearch = bisnode.create(RawPersonSearch.class);
    personFind = bisnode.create(RawPersonFind.class);
    companies = bisnode.create(RawCompanies.class);
  }

  @Test
  void decodeTheSandboxsAnswersAsGsonsReflectiveAdapter() throws Exception {
    Gson persons = generated(PersonSearchApi.class);
    Gson find = generated(PersonFindApi.class);
    Gson credit = generated(CreditDataCompaniesApi.class);
    List<String> searches =
        List.of(
            personSearch.search("Sven", "Svensson", "SE"),
            personSearch.search(null, "Lindqvist", "SE"),
            personSearch.search("Ingrid", "Haugen", "NO"),
            personSearch.search(null, "Virtanen", "FI"));
    List<String> found =
        List.of(
            personFind.find("no", PersonCriteria.byLegalId("17057514051")),
            personFind.find("se", PersonCriteria.byLegalId("198506234569")));
    List<String> companySearches =
        List.of(
            companies.search(
                CompanySearchRequest.byName(Country.SE, "AB")
                    .withLimit(50)
                    .withInactive(true)
                    .withBranches(true)),
            companies.search(CompanySearchRequest.byName(Country.NO, "as")),
            companies.search(CompanySearchRequest.byName(Country.FI, "Oy")),
            companies.search(CompanySearchRequest.byDunsNumber(Country.NO, "501052275")));
    List<String> reports =
        List.of(
            companies.creditReport("se", CreditReportRequest.of("5569837528").withReference("x")),
            companies.creditReport(
                "se",
                CreditReportRequest.of("5569837528")
                    .withSegments(Segment.RISK)
                    .withLanguage(Language.SV)));

    assertTrue(searches.get(0).contains("Svensson"), searches.get(0));
    assertTrue(reports.get(0).contains("Norrsken"), reports.get(0));
    for (String body : searches) {
      assertSameDecoding(persons, body, PersonSearchResult.class);
    }
    for (String body : found) {
      assertSameDecoding(find, body, Person.class);
    }
    for (String body : companySearches) {
      assertSameDecoding(credit, body, CompanySearchResult.class);
    }
    for (String body : reports) {
      assertSameDecoding(credit, body, CreditReport.class);
    }
  }

  @Test
  void decodeBodiesBisnodeMightSendAsGsonsReflectiveAdapter() throws Exception {
    Gson persons = generated(PersonSearchApi.class);
    List<String> people =
        List.of(
            "{}",
            "null",
            "{\"gedi\":\"G\",\"legalId\":\"196103148752\",\"firstNames\":null}",
            "{\"legalId\":{\"value\":\"1\",\"type\":\"PIN\",\"country\":\"SE\"},\"new\":[1,2]}",
            "{\"yearOfBirth\":\"1961\",\"deceased\":\"false\",\"protectedIdentity\":null}",
            "{\"addressList\":[{\"formattedAddress\":null},null],\"phoneList\":[]}",
            "{\"addressList\":{}}",
            "{\"yearOfBirth\":\"nineteen\"}",
            "[]");
    for (String body : people) {
      assertSameDecoding(persons, body, Person.class);
    }

    Gson credit = generated(CreditDataCompaniesApi.class);
    List<String> reports =
        List.of(
            "{\"companyInformation\":{\"name\":\"N\",\"active\":\"true\"},\"events\":null}",
            "{\"events\":[{\"date\":{\"year\":2024},\"type\":\"X\"}],\"risk\":{}}",
            "{\"finance\":{\"annualReports\":[{\"revenue\":{\"amount\":\"12.50\"}}]}}",
            "{\"ownership\":{\"owners\":[{\"ownershipPercentage\":\"50.5\"}]}}",
            "{\"management\":{\"members\":[{\"fromDate\":{\"year\":null}}]}}");
    for (String body : reports) {
      assertSameDecoding(credit, body, CreditReport.class);
    }

    Gson monitoring = generated(CreditMonitoringCompaniesApi.class);
    assertSameDecoding(
        monitoring,
        "{\"status\":\"ACTIVE\",\"created\":\"2024-01-02T03:04:05\",\"totalCompanies\":\"3\"}",
        PortfolioInfo.class);
    assertSameDecoding(monitoring, "{\"events\":[{}],\"unknown\":true}", EventsResult.class);
  }

  @Test
  void encodeTheRequestsAsGsonsReflectiveAdapter() throws Exception {
    Gson find = generated(PersonFindApi.class);
    Gson credit = generated(CreditDataCompaniesApi.class);
    List<Object> requests = new ArrayList<>();
    requests.add(PersonCriteria.byLegalId("17057514051"));
    requests.add(PersonCriteria.builder().firstName("Sven").familyName("Svensson").build());
    for (Object request : requests) {
      assertEquals(REFLECTIVE.toJson(request), find.toJson(request));
    }
    requests.clear();
    requests.add(CompanySearchRequest.byName(Country.SE, "Norrsken").withBranches(true));
    requests.add(CreditReportRequest.of("5569837528").withSegments(Segment.RISK));
    for (Object request : requests) {
      assertEquals(REFLECTIVE.toJson(request), credit.toJson(request));
    }
  }

  /** The Gson a client's implementation of {@code api} reads and writes bodies with. */
  private Gson generated(Class<?> api) throws ReflectiveOperationException {
    Object client = bisnode.create(api);
    Field target = client.getClass().getDeclaredField("target");
    target.setAccessible(true);
    return ((ApiTarget) target.get(client)).gson();
  }

  private static void assertSameDecoding(Gson generated, String body, Type type) {
    TypeAdapter<?> adapter = generated.getAdapter(TypeToken.get(type));
    assertEquals(
        "io.github.bisnodeclient.runtime.internal.RecordAdapter",
        adapter.getClass().getName(),
        () -> type + " is read by " + adapter);
    assertEquals(
        outcome(() -> SHOW.toJson(REFLECTIVE.fromJson(body, type))),
        outcome(() -> SHOW.toJson(generated.fromJson(body, type))),
        body);
  }

  /** The value, or the exception's class and its cause's. */
  private static String outcome(Callable<String> decode) {
    try {
      return decode.call();
    } catch (Exception e) {
      Throwable cause = e.getCause();
      return e.getClass().getName()
          + (cause == null ? "" : " caused by " + cause.getClass().getName());
    }
  }
}
