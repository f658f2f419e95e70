package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Delete;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Idempotent;
import io.github.bisnodeclient.annotations.Path;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.annotations.Put;
import io.github.bisnodeclient.annotations.Query;
import io.github.bisnodeclient.examples.company.CompanySearchRequest;
import io.github.bisnodeclient.examples.company.CreditReportRequest;
import io.github.bisnodeclient.examples.monitoring.CompanyIds;
import io.github.bisnodeclient.examples.monitoring.EventsRequest;
import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.examples.person.PersonCriteria;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The endpoints the demo calls, answering with the body exactly as Bisnode sent it: what {@code
 * --json} prints. Decoding into records and encoding again would change it (an absent list would
 * come out as {@code []}, field order and number forms could differ).
 */
final class AsSent {
  private AsSent() {}

  /** {@link io.github.bisnodeclient.examples.person.PersonSearchApi}'s search, as text. */
  @BisnodeApi(baseUrl = "https://api.bisnode.com/consumerintelligence/person/v2", scope = "bci")
  interface PersonSearch {
    @Get("/person/search")
    String search(
        @Query("firstName") String firstName,
        @Query("familyName") String familyName,
        @Query("dateOfBirth") LocalDate dateOfBirth,
        @Query("yearOfBirth") Integer yearOfBirth,
        @Query("phoneNumber") String phoneNumber,
        @Query("streetAddress") String streetAddress,
        @Query("postalCode") String postalCode,
        @Query("city") String city,
        @Query("legalId") String legalId,
        @Query("sourceCountry") Country sourceCountry);

    default String search(PersonCriteria criteria, Country sourceCountry) {
      return search(
          criteria.firstName(),
          criteria.familyName(),
          criteria.dateOfBirth() == null ? null : LocalDate.parse(criteria.dateOfBirth()),
          criteria.yearOfBirth(),
          criteria.phoneNumber(),
          criteria.streetAddress(),
          criteria.postalCode(),
          criteria.city(),
          criteria.legalId(),
          sourceCountry);
    }
  }

  /** {@link io.github.bisnodeclient.examples.person.PersonFindApi}, as text; empty on 204. */
  @BisnodeApi(baseUrl = "https://api.bisnode.com/consumer-intelligence/v3", scope = "bci")
  interface PersonFind {
    @Post("/markets/{market}/persons/_find")
    String find(@Path("market") String market, @Body PersonCriteria criteria);

    default String find(Country market, PersonCriteria criteria) {
      return find(market.name().toLowerCase(Locale.ROOT), criteria);
    }
  }

  /** {@link io.github.bisnodeclient.examples.company.CreditDataCompaniesApi}, as text. */
  @BisnodeApi(
      baseUrl = "https://api.bisnode.com/credit-data-companies/v2",
      scope = "credit_data_companies")
  interface Companies {
    @Post("/companies")
    String search(@Body CompanySearchRequest request);

    @Post("/companies/{country}")
    String creditReport(@Path("country") String country, @Body CreditReportRequest request);

    default String creditReport(Country country, CreditReportRequest request) {
      return creditReport(country.name().toLowerCase(Locale.ROOT), request);
    }
  }

  /**
   * {@link io.github.bisnodeclient.examples.monitoring.CreditMonitoringCompaniesApi}'s portfolio
   * requests, as text.
   */
  @BisnodeApi(
      baseUrl = "https://api.bisnode.com/credit-monitoring-companies/v1",
      scope = "credit_monitoring_companies")
  interface Monitoring {
    @Put("/portfolio/companies")
    String addCompanies(@Body CompanyIds companies);

    @Delete("/portfolio/companies")
    String removeCompanies(@Body CompanyIds companies);

    @Get("/portfolio/companies")
    String companies(
        @Query("page") int page,
        @Query("size") int size,
        @Query("sortBy") String sortBy,
        @Query("sortDirection") String sortDirection);

    @Post("/portfolio/events")
    @Idempotent
    String events(@Body EventsRequest request);
  }

  /** The body as it came, ending in one line break. */
  static String print(String body) {
    return body.endsWith("\n") ? body : body + "\n";
  }
}
