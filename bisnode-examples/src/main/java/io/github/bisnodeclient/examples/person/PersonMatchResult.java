package io.github.bisnodeclient.examples.person;

import java.util.List;

/**
 * The answer of a person match: one {@link Match} per query, in the queries' order.
 *
 * @param matches one entry per query
 */
public record PersonMatchResult(List<Match> matches) {
  /**
   * Normalizes a missing list to an empty one.
   *
   * @param matches the entries
   */
  public PersonMatchResult {
    matches = matches == null ? List.of() : List.copyOf(matches);
  }

  /**
   * How one query matched.
   *
   * @param matchStatus {@code MATCH} (exactly one person, in {@code person}), {@code MULTIPLE}
   *     (several; no person) or {@code NO_MATCH}; Bisnode may add others, so this stays a string
   * @param matchCount how many persons matched
   * @param person the person, present only for {@code MATCH}
   */
  public record Match(String matchStatus, Integer matchCount, Person person) {
    /** The status of a query that found exactly one person. */
    public static final String MATCH = "MATCH";

    /** The status of a query that found several persons. */
    public static final String MULTIPLE = "MULTIPLE";

    /** The status of a query that found nobody. */
    public static final String NO_MATCH = "NO_MATCH";

    /**
     * Whether exactly one person matched.
     *
     * @return true for {@code MATCH}
     */
    public boolean isMatch() {
      return MATCH.equals(matchStatus);
    }
  }
}
