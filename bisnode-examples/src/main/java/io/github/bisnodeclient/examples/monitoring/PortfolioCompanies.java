package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * One page of the portfolio's companies: {@code {"companies": [...]}}.
 *
 * @param companies this page's companies; empty past the end
 */
public record PortfolioCompanies(List<PortfolioCompany> companies) {
  /**
   * Normalizes a missing list to an empty one.
   *
   * @param companies the companies
   */
  public PortfolioCompanies {
    companies = companies == null ? List.of() : List.copyOf(companies);
  }
}
