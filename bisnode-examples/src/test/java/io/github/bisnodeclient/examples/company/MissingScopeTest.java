package io.github.bisnodeclient.examples.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeAuthException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a caller sees when the scope an API needs is missing: at the token endpoint, or at the API.
 */
class MissingScopeTest {
  static final String PERSONS_ONLY = "persons-only";
  static final String SECRET = "persons-only-secret";

  @RegisterExtension
  static final BisnodeSandboxExtension EXTENSION =
      BisnodeSandboxExtension.configured(b -> b.client(PERSONS_ONLY, SECRET, "bci"));

  /** The company search declared with the wrong scope, so its token lacks the API's. */
  @BisnodeApi(baseUrl = "https://api.bisnode.com/credit-data-companies/v2", scope = "bci")
  interface CompaniesWithPersonScope {
    @Post("/companies")
    CompanySearchResult search(@Body CompanySearchRequest request);
  }

  @Test
  void aTokenWithoutTheApisScopeGets403WithInsufficientScope(BisnodeClient bisnode) {
    CompaniesWithPersonScope companies = bisnode.create(CompaniesWithPersonScope.class);

    BisnodeApiException e =
        assertThrows(
            BisnodeApiException.class,
            () -> companies.search(CompanySearchRequest.byName(Country.SE, "Norrsken")));

    assertEquals(403, e.status());
    assertEquals("FORBIDDEN", e.error().orElseThrow().statusText());
    String challenge = e.headers().get("www-authenticate").get(0);
    assertTrue(challenge.contains("insufficient_scope"), challenge);
    assertTrue(challenge.contains("scope=\"credit_data_companies\""), challenge);
  }

  @Test
  void aClientNotAllowedTheScopeIsRefusedItsTokenWithInvalidScope(BisnodeSandbox sandbox) {
    try (BisnodeClient personsOnly =
        sandbox.clientBuilder().credentials(PERSONS_ONLY, SECRET).build()) {
      CreditDataCompaniesApi companies = personsOnly.create(CreditDataCompaniesApi.class);

      BisnodeAuthException e =
          assertThrows(
              BisnodeAuthException.class,
              () -> companies.search(CompanySearchRequest.byName(Country.SE, "Norrsken")));

      assertEquals(400, e.status());
      assertEquals("invalid_scope", e.error().orElseThrow());
      assertEquals(0, sandbox.apiRequestCount(), "no call without a token");
    }
  }
}
