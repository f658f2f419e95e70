package io.github.bisnodeclient.examples.monitoring;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Delete;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Idempotent;
import io.github.bisnodeclient.annotations.Path;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.annotations.Put;
import io.github.bisnodeclient.annotations.Query;
import java.util.List;

/**
 * Bisnode Credit Monitoring Companies v1: a portfolio of watched companies, grouped in categories,
 * with the events Bisnode registers on them. Every request of Bisnode's Postman collection. Bisnode
 * publishes no scope for it; {@code credit_monitoring_companies} is the embedded sandbox's choice.
 *
 * <pre>{@code
 * CreditMonitoringCompaniesApi monitoring = bisnode.create(CreditMonitoringCompaniesApi.class);
 * monitoring.addCompanies(CompanyIds.of(CompanyId.of(Country.SE, "5569837528")));
 * EventsResult events = monitoring.events(EventsRequest.page(0, 20));
 * }</pre>
 *
 * <p>Paging is zero-based: {@code page}/{@code size} for companies, {@code number}/{@code size} for
 * categories and events.
 */
@BisnodeApi(
    baseUrl = "https://api.bisnode.com/credit-monitoring-companies/v1",
    scope = "credit_monitoring_companies")
public interface CreditMonitoringCompaniesApi {

  /**
   * The portfolio's status, dates and number of companies.
   *
   * @return the portfolio
   */
  @Get("/portfolio")
  PortfolioInfo portfolio();

  /**
   * One page of the portfolio's companies.
   *
   * @param rating only companies with this rating; null for all
   * @param page the page, from 0
   * @param size companies per page
   * @param sortBy such as {@code ADDED_DATE}; null for Bisnode's default
   * @param sortDirection {@code ASC} or {@code DESC}; null for Bisnode's default
   * @return the page; fewer than {@code size} companies on the last
   */
  @Get("/portfolio/companies")
  PortfolioCompanies companies(
      @Query("rating") String rating,
      @Query("page") int page,
      @Query("size") int size,
      @Query("sortBy") String sortBy,
      @Query("sortDirection") String sortDirection);

  /**
   * Adds companies to the portfolio; those already watched stay as they are.
   *
   * @param companies the companies
   * @return the companies added and those Bisnode could not add
   */
  @Put("/portfolio/companies")
  AddedCompanies addCompanies(@Body CompanyIds companies);

  /**
   * Removes companies from the portfolio.
   *
   * @param companies the companies
   * @return the companies removed
   */
  @Delete("/portfolio/companies")
  List<RemovedCompany> removeCompanies(@Body CompanyIds companies);

  /**
   * Checks that the portfolio watches a company.
   *
   * @param company the company
   * @throws io.github.bisnodeclient.runtime.BisnodeApiException with status 404 if it does not
   */
  @Post("/portfolio/company")
  @Idempotent
  void checkCompany(@Body CompanyId company);

  /**
   * Finds the events of the portfolio's companies.
   *
   * @param request the filters, the page and the order
   * @return one page of events, and counts by filter
   */
  @Post("/portfolio/events")
  @Idempotent
  EventsResult events(@Body EventsRequest request);

  /**
   * The event codes of a country's companies, by category.
   *
   * @param country such as {@code SE}
   * @param eventCategories only these categories; empty for all
   * @return the codes
   */
  @Get("/portfolio/events/category/{country}")
  EventCodes eventCodes(
      @Path("country") String country, @Query("eventCategories") List<String> eventCategories);

  /**
   * One page of the portfolio's categories.
   *
   * @param number the page, from 0
   * @param size categories per page
   * @return the categories
   */
  @Get("/portfolio/categories")
  List<Category> categories(@Query("number") int number, @Query("size") int size);

  /**
   * Adds a category.
   *
   * @param name its name, not used by another category
   * @return the category, with its id
   */
  @Put("/portfolio/categories")
  Category addCategory(@Body CategoryName name);

  /**
   * Renames a category.
   *
   * @param categoryId the category
   * @param name the new name
   * @return the category
   */
  @Put("/portfolio/categories/{categoryId}")
  Category renameCategory(@Path("categoryId") String categoryId, @Body CategoryName name);

  /**
   * Deletes a category; its companies stay in the portfolio.
   *
   * @param categoryId the category
   */
  @Delete("/portfolio/categories/{categoryId}")
  void deleteCategory(@Path("categoryId") String categoryId);

  /**
   * One page of a category's companies.
   *
   * @param categoryId the category
   * @param rating only companies with this rating; null for all
   * @param country only companies of this country; null for all
   * @param page the page, from 0
   * @param size companies per page
   * @param sortBy such as {@code ADDED_DATE}; null for Bisnode's default
   * @param sortDirection {@code ASC} or {@code DESC}; null for Bisnode's default
   * @return the page, with totals
   */
  @Get("/portfolio/categories/{categoryId}/companies")
  CategoryCompanies categoryCompanies(
      @Path("categoryId") String categoryId,
      @Query("rating") String rating,
      @Query("country") String country,
      @Query("page") int page,
      @Query("size") int size,
      @Query("sortBy") String sortBy,
      @Query("sortDirection") String sortDirection);

  /**
   * Adds companies to a category (HTTP 207 when some could not be added).
   *
   * @param categoryId the category
   * @param companies the companies
   * @return the companies added and those not added
   */
  @Put("/portfolio/categories/{categoryId}/companies")
  CategoryAddedCompanies addCategoryCompanies(
      @Path("categoryId") String categoryId, @Body CompanyIds companies);

  /**
   * Removes companies from a category.
   *
   * @param categoryId the category
   * @param companies the companies
   * @return the companies removed
   */
  @Delete("/portfolio/categories/{categoryId}/companies")
  List<RemovedCompany> removeCategoryCompanies(
      @Path("categoryId") String categoryId, @Body CompanyIds companies);

  /**
   * Fetches one company of a category.
   *
   * @param categoryId the category
   * @param company the company
   * @return the company
   */
  @Post("/portfolio/categories/{categoryId}/companies")
  @Idempotent
  CategoryCompany categoryCompany(@Path("categoryId") String categoryId, @Body CompanyId company);

  /**
   * Finds the events of a category's companies.
   *
   * @param categoryId the category
   * @param request the filters, the page and the order
   * @return one page of events, and counts by filter
   */
  @Post("/portfolio/categories/{categoryId}/events")
  @Idempotent
  EventsResult categoryEvents(@Path("categoryId") String categoryId, @Body EventsRequest request);

  /**
   * Adds references to watched companies. Not marked idempotent: Bisnode does not say that adding
   * twice is the same as adding once.
   *
   * @param references the references per company
   */
  @Post("/references")
  void addReferences(@Body ReferencesRequest references);

  /**
   * Removes references from watched companies.
   *
   * @param references the references per company
   */
  @Delete("/references")
  void removeReferences(@Body ReferencesRequest references);

  /**
   * Removes every reference from the companies given.
   *
   * @param companies the companies
   */
  @Delete("/references/all")
  void removeAllReferences(@Body List<CompanyId> companies);
}
