package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * The companies to add or remove: {@code {"companyIds": [...]}}.
 *
 * @param companyIds the companies
 */
public record CompanyIds(List<CompanyId> companyIds) {
  /**
   * The companies given.
   *
   * @param companies one or more
   * @return the request body
   */
  public static CompanyIds of(CompanyId... companies) {
    return new CompanyIds(List.of(companies));
  }
}
