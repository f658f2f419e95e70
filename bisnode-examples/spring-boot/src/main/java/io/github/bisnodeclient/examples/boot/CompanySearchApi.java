package io.github.bisnodeclient.examples.boot;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Post;
import java.util.List;

/**
 * The part of Bisnode's Credit Data Companies v2 this application needs: the company search. With
 * the starter on the class path, the generated client is a bean, injected wherever it is asked for.
 */
@BisnodeApi(
    baseUrl = "https://api.bisnode.com/credit-data-companies/v2",
    scope = "credit_data_companies")
public interface CompanySearchApi {
  /**
   * Searches a country's companies by name.
   *
   * @param request the country and the name
   * @return the companies found
   */
  @Post("/companies")
  Result search(@Body Request request);

  /**
   * What to search.
   *
   * @param country {@code SE}, {@code NO}, {@code DK} or {@code FI}
   * @param name the name, or a part of it
   */
  record Request(String country, String name) {}

  /**
   * The companies found.
   *
   * @param companies the companies, best match first
   */
  record Result(List<Company> companies) {
    /** An absent list is an empty one. */
    public Result {
      companies = companies == null ? List.of() : List.copyOf(companies);
    }
  }

  /**
   * One company, with the fields this application shows.
   *
   * @param name the registered name
   * @param registrationNumber the national registration number
   * @param country the country
   * @param active whether it is active
   */
  record Company(String name, String registrationNumber, String country, Boolean active) {}
}
