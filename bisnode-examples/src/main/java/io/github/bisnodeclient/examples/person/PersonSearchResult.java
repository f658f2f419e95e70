package io.github.bisnodeclient.examples.person;

import java.util.List;

/**
 * The answer of a person search: {@code {"persons": [{"person": {...}}]}}.
 *
 * @param persons the hits, best match first; empty when nobody matched
 */
public record PersonSearchResult(List<Hit> persons) {
  /**
   * Normalizes a missing list to an empty one.
   *
   * @param persons the hits
   */
  public PersonSearchResult {
    persons = persons == null ? List.of() : List.copyOf(persons);
  }

  /**
   * One hit.
   *
   * @param person the person found
   */
  public record Hit(Person person) {}
}
