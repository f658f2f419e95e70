package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * The caller's own references on a watched company.
 *
 * @param id the company's id in the portfolio
 * @param references the references; empty when none
 */
public record ObjectReference(String id, List<String> references) {
  /**
   * Normalizes a missing list to an empty one.
   *
   * @param id the id
   * @param references the references
   */
  public ObjectReference {
    references = references == null ? List.of() : List.copyOf(references);
  }
}
