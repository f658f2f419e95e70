package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * References for several companies: {@code {"references": [...]}}.
 *
 * @param references per company
 */
public record ReferencesRequest(List<CompanyReferences> references) {
  /**
   * References for one company.
   *
   * @param company the company
   * @param references the references
   * @return the request body
   */
  public static ReferencesRequest of(CompanyId company, String... references) {
    return new ReferencesRequest(List.of(new CompanyReferences(company, List.of(references))));
  }
}
