package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * What adding to a category did (HTTP 200, or 207 when some were not added).
 *
 * @param companies the companies now in the category
 * @param companiesUnableToAdd those not added
 */
public record CategoryAddedCompanies(
    List<CategoryCompany> companies, List<CompanyId> companiesUnableToAdd) {
  /**
   * Normalizes missing lists to empty ones.
   *
   * @param companies the companies added
   * @param companiesUnableToAdd the companies not added
   */
  public CategoryAddedCompanies {
    companies = companies == null ? List.of() : List.copyOf(companies);
    companiesUnableToAdd =
        companiesUnableToAdd == null ? List.of() : List.copyOf(companiesUnableToAdd);
  }
}
