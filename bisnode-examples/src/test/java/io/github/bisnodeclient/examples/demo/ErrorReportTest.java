package io.github.bisnodeclient.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.examples.company.CompanySearchRequest;
import io.github.bisnodeclient.examples.company.CompanySearchResult;
import io.github.bisnodeclient.examples.company.CreditDataCompaniesApi;
import io.github.bisnodeclient.examples.company.CreditReportRequest;
import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeException;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mapping for failures the demo cannot provoke on its own, with real exceptions from the
 * sandbox: the demo always asks for the right scope, so a 403 needs an interface that does not.
 */
@ExtendWith(BisnodeSandboxExtension.class)
class ErrorReportTest {

  /** The company search declared with the wrong scope, so its token lacks the API's. */
  @BisnodeApi(baseUrl = "https://api.bisnode.com/credit-data-companies/v2", scope = "bci")
  interface CompaniesWithPersonScope {
    @Post("/companies")
    CompanySearchResult search(@Body CompanySearchRequest request);
  }

  @Test
  void a403IsAMissingScopeNamingTheScopeFromTheChallenge(BisnodeClient bisnode) {
    BisnodeApiException e =
        assertThrows(
            BisnodeApiException.class,
            () ->
                bisnode
                    .create(CompaniesWithPersonScope.class)
                    .search(CompanySearchRequest.byName(Country.SE, "Norrsken")));

    assertEquals(ErrorReport.MISSING_SCOPE, ErrorReport.exitCode(e));
    assertEquals(
        "Missing scope: POST /companies answered HTTP 403: the token lacks the scope"
            + " 'credit_data_companies'; ask Bisnode to add it to your client.",
        ErrorReport.describe(e));
  }

  @Test
  void aCompanyNotFoundIsAnApiError(BisnodeClient bisnode) {
    BisnodeApiException e =
        assertThrows(
            BisnodeApiException.class,
            () ->
                bisnode
                    .create(CreditDataCompaniesApi.class)
                    .creditReport(Country.SE, CreditReportRequest.of("5564855582")));

    assertEquals(ErrorReport.API_ERROR, ErrorReport.exitCode(e));
    assertEquals(
        "Bisnode refused the call: POST /companies/{country} answered HTTP 404:"
            + " Company not found: 5564855582 in SE",
        ErrorReport.describe(e));
  }

  @Test
  void otherFailuresKeepTheirMessage() {
    BisnodeException undecodable = new BisnodeException("Api.call: the response body is not valid");
    assertEquals(ErrorReport.API_ERROR, ErrorReport.exitCode(undecodable));
    assertEquals(
        "Call failed: Api.call: the response body is not valid", ErrorReport.describe(undecodable));

    UncheckedIOException unwritable =
        new UncheckedIOException(
            "Could not save the PDF to /x.pdf", new NoSuchFileException("/x.pdf"));
    assertEquals(1, ErrorReport.exitCode(unwritable));
    assertEquals("Could not save the PDF to /x.pdf", ErrorReport.describe(unwritable));
  }
}
