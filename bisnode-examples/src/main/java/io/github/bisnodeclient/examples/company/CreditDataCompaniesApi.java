package io.github.bisnodeclient.examples.company;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Header;
import io.github.bisnodeclient.annotations.Path;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.examples.person.Country;
import java.io.InputStream;
import java.util.Locale;

/**
 * Bisnode Credit data companies v2: search Nordic companies and fetch their credit reports, as JSON
 * or as a PDF. Needs a token with scope {@code credit_data_companies}. Every search parameter
 * travels in a JSON body, never in the URL.
 *
 * <pre>{@code
 * CreditDataCompaniesApi companies = bisnode.create(CreditDataCompaniesApi.class);
 * CompanySearchResult hits = companies.search(CompanySearchRequest.byName(Country.SE, "Norrsken"));
 * CreditReport report =
 *     companies.creditReport(Country.SE, CreditReportRequest.of("5569837528"));
 * }</pre>
 *
 * <p>Bisnode's report paths name the country in lower case ({@code /companies/se}; {@code
 * /companies/SE} is a 404); the methods taking a {@link Country} lower-case it for you.
 */
@BisnodeApi(
    baseUrl = "https://api.bisnode.com/credit-data-companies/v2",
    scope = "credit_data_companies")
public interface CreditDataCompaniesApi {

  /**
   * Searches companies by name, registration number or D-U-N-S number, a page at a time.
   *
   * @param request the criteria and the page
   * @return one page of companies, and the paging that says how many there are in all
   */
  @Post("/companies")
  CompanySearchResult search(@Body CompanySearchRequest request);

  /**
   * Fetches a company's credit report as JSON.
   *
   * @param country the country in lower case: {@code se}, {@code no}, {@code dk} or {@code fi}
   * @param request the company's registration number and what the report should hold
   * @return the report
   */
  @Post("/companies/{country}")
  CreditReport creditReport(@Path("country") String country, @Body CreditReportRequest request);

  /**
   * Fetches a company's credit report as JSON.
   *
   * @param country the company's country
   * @param request the company's registration number and what the report should hold
   * @return the report
   */
  default CreditReport creditReport(Country country, CreditReportRequest request) {
    return creditReport(country.name().toLowerCase(Locale.ROOT), request);
  }

  /**
   * Fetches a company's credit report as a PDF, streamed: close the stream when done.
   *
   * @param country the country in lower case: {@code se}, {@code no}, {@code dk} or {@code fi}
   * @param request the company's registration number and what the report should hold
   * @return the PDF's bytes; the caller closes the stream
   */
  @Post("/companies/{country}")
  @Header("Accept: application/pdf")
  InputStream creditReportPdf(@Path("country") String country, @Body CreditReportRequest request);

  /**
   * Fetches a company's credit report as a PDF, streamed: close the stream when done.
   *
   * @param country the company's country
   * @param request the company's registration number and what the report should hold
   * @return the PDF's bytes; the caller closes the stream
   */
  default InputStream creditReportPdf(Country country, CreditReportRequest request) {
    return creditReportPdf(country.name().toLowerCase(Locale.ROOT), request);
  }
}
