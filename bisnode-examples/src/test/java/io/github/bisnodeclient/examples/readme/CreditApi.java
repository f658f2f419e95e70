package io.github.bisnodeclient.examples.readme;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Delete;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Header;
import io.github.bisnodeclient.annotations.Idempotent;
import io.github.bisnodeclient.annotations.Path;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.annotations.Query;
import io.github.bisnodeclient.annotations.QueryMap;
import io.github.bisnodeclient.examples.company.CompanySearchRequest;
import io.github.bisnodeclient.examples.company.CompanySearchResult;
import io.github.bisnodeclient.examples.company.CreditReportRequest;
import io.github.bisnodeclient.examples.person.Person;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

// The README's "Declaring an API" example, compiled (and its client generated) by this build.
@BisnodeApi(
    baseUrl = "https://api.bisnode.com/credit-data-companies/v2",
    scope = "credit_data_companies")
@Header("X-Client: my-app") // on every call
public interface CreditApi {
  @Post("/companies")
  CompanySearchResult search(@Body CompanySearchRequest request);

  @Post("/companies/{country}")
  @Header("Accept: application/pdf")
  InputStream creditReportPdf(
      @Path("country") String country,
      @Body CreditReportRequest request,
      @Header("X-Request-Id") String requestId);

  @Post("/companies/_search")
  @Idempotent // a read: safe to resend
  CompanySearchResult find(@Body CompanySearchRequest request);

  @Delete("/portfolio/companies")
  void unwatch(@Body PortfolioChange change); // a DELETE with a body

  @Get("/people")
  List<Person> people(
      @Query("legalId") List<String> ids,
      @Query("born") Optional<LocalDate> born,
      @QueryMap Map<String, ?> more);
}
