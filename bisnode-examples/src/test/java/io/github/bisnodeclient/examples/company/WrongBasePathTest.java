package io.github.bisnodeclient.examples.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A typo in a base path fails against the sandbox as it would at Bisnode, not only in production.
 */
@ExtendWith(BisnodeSandboxExtension.class)
class WrongBasePathTest {

  @BisnodeApi(
      baseUrl = "https://api.bisnode.com/credit-data-compnaies/v2",
      scope = "credit_data_companies")
  interface MisspelledCompanies {
    @Post("/companies")
    CompanySearchResult search(@Body CompanySearchRequest request);
  }

  @Test
  void aMisspelledBasePathIs404NamingThePathsServed(BisnodeClient bisnode, BisnodeSandbox sandbox) {
    MisspelledCompanies companies = bisnode.create(MisspelledCompanies.class);

    BisnodeApiException e =
        assertThrows(
            BisnodeApiException.class,
            () -> companies.search(CompanySearchRequest.byName(Country.SE, "Norrsken")));

    assertEquals(404, e.status());
    assertEquals("NOT_FOUND", e.error().orElseThrow().statusText());
    String message = e.error().orElseThrow().message();
    assertTrue(message.contains("POST /credit-data-compnaies/v2/companies"), message);
    assertTrue(message.contains("POST /credit-data-companies/v2/companies"), message);
    assertEquals(
        "/credit-data-compnaies/v2/companies", sandbox.lastRecordedRequest().orElseThrow().path());
  }

  @Test
  void theRealBasePathIsServed(BisnodeClient bisnode) {
    CompanySearchResult result =
        bisnode
            .create(CreditDataCompaniesApi.class)
            .search(CompanySearchRequest.byName(Country.SE, "Norrsken"));

    assertTrue(result.companies().size() >= 1, result.toString());
  }
}
