package io.github.bisnodeclient.examples.person;

import java.util.Arrays;
import java.util.List;

/**
 * The body of a person match: {@code {"queries": [{"sourceCountry": "SE", "firstName": ...}]}}, 1
 * to 100 queries answered in one call, in order.
 *
 * <pre>{@code
 * PersonMatchRequest.of(
 *     PersonMatchRequest.Query.in(Country.NO, PersonCriteria.byLegalId("17057514051")),
 *     PersonMatchRequest.Query.in(Country.SE,
 *         PersonCriteria.builder().firstName("Sven").familyName("Svensson").build()));
 * }</pre>
 *
 * @param queries the queries, answered in this order
 */
public record PersonMatchRequest(List<Query> queries) {
  /**
   * Copies the list; a missing one becomes empty.
   *
   * @param queries the queries
   */
  public PersonMatchRequest {
    queries = queries == null ? List.of() : List.copyOf(queries);
  }

  /**
   * A request of these queries.
   *
   * @param queries the queries, answered in this order
   * @return the request
   */
  public static PersonMatchRequest of(Query... queries) {
    return new PersonMatchRequest(Arrays.asList(queries));
  }

  /**
   * One query: the country to look in and the person's criteria, flat as Bisnode expects.
   *
   * @param sourceCountry the country to look in, required
   * @param firstName any of the first names, or all of them
   * @param familyName family name
   * @param dateOfBirth date of birth, {@code yyyy-MM-dd}
   * @param yearOfBirth year of birth
   * @param phoneNumber phone number
   * @param streetAddress street name and number
   * @param postalCode postal code
   * @param city city
   * @param legalId national id
   */
  public record Query(
      Country sourceCountry,
      String firstName,
      String familyName,
      String dateOfBirth,
      Integer yearOfBirth,
      String phoneNumber,
      String streetAddress,
      String postalCode,
      String city,
      String legalId) {

    /**
     * A query for a person in a country.
     *
     * @param sourceCountry the country to look in
     * @param criteria what the person is matched by
     * @return the query
     */
    public static Query in(Country sourceCountry, PersonCriteria criteria) {
      return new Query(
          sourceCountry,
          criteria.firstName(),
          criteria.familyName(),
          criteria.dateOfBirth(),
          criteria.yearOfBirth(),
          criteria.phoneNumber(),
          criteria.streetAddress(),
          criteria.postalCode(),
          criteria.city(),
          criteria.legalId());
    }
  }
}
