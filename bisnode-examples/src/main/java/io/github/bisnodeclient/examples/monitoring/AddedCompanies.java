package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * What adding to the portfolio did: {@code {companies, companiesUnableToAdd}}.
 *
 * @param companies the companies now watched
 * @param companiesUnableToAdd those Bisnode could not add
 */
public record AddedCompanies(List<AddedCompany> companies, List<CompanyId> companiesUnableToAdd) {
  /**
   * Normalizes missing lists to empty ones.
   *
   * @param companies the companies added
   * @param companiesUnableToAdd the companies not added
   */
  public AddedCompanies {
    companies = companies == null ? List.of() : List.copyOf(companies);
    companiesUnableToAdd =
        companiesUnableToAdd == null ? List.of() : List.copyOf(companiesUnableToAdd);
  }
}
