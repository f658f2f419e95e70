package io.github.bisnodeclient.spring.boot.tests.api;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Post;
import java.util.List;

/** Bisnode's company search, as an application declares the part it needs. */
@BisnodeApi(
    baseUrl = "https://api.bisnode.com/credit-data-companies/v2",
    scope = "credit_data_companies")
public interface CompanyLookupApi {
  @Post("/companies")
  Hits search(@Body Query query);

  record Query(String country, String name) {}

  record Hits(List<Company> companies) {}

  record Company(String name, String registrationNumber) {}
}
