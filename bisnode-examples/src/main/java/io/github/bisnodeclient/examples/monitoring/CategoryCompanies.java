package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * One page of a category's companies, with totals.
 *
 * @param companies this page's companies
 * @param totalCompanies companies in all
 * @param currentPage this page's number, from 0
 * @param totalPages pages in all
 */
public record CategoryCompanies(
    List<CategoryCompany> companies, Long totalCompanies, Integer currentPage, Integer totalPages) {
  /**
   * Normalizes a missing list to an empty one.
   *
   * @param companies the companies
   * @param totalCompanies companies in all
   * @param currentPage this page
   * @param totalPages pages in all
   */
  public CategoryCompanies {
    companies = companies == null ? List.of() : List.copyOf(companies);
  }
}
