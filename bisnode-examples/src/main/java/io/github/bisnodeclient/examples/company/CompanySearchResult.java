package io.github.bisnodeclient.examples.company;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * One page of a company search: {@code {"companies": [...], "_paging": {...}}}.
 *
 * @param companies this page's companies, best match first; empty past the end
 * @param paging how many hits there are in all, and where this page sits ({@code _paging})
 */
public record CompanySearchResult(
    List<Company> companies, @SerializedName("_paging") Paging paging) {

  /**
   * Normalizes a missing list to an empty one, and missing paging to this page alone.
   *
   * @param companies the companies
   * @param paging the paging
   */
  public CompanySearchResult {
    companies = companies == null ? List.of() : List.copyOf(companies);
    paging = paging == null ? new Paging(companies.size(), companies.size(), 0) : paging;
  }
}
