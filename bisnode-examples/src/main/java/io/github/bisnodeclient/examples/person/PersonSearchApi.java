package io.github.bisnodeclient.examples.person;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.annotations.Query;
import java.time.LocalDate;

/**
 * Bisnode Consumer Intelligence v2: find persons in SE, NO, DK and FI by name, address, phone
 * number, date of birth or national id, one search at a time or up to 100 in one match. Needs a
 * token with scope {@code bci}.
 */
@BisnodeApi(baseUrl = "https://api.bisnode.com/consumerintelligence/person/v2", scope = "bci")
public interface PersonSearchApi {

  /**
   * Searches persons; every criterion but the country may be null.
   *
   * @param firstName first name
   * @param familyName family name
   * @param dateOfBirth date of birth
   * @param yearOfBirth year of birth
   * @param phoneNumber phone number
   * @param streetAddress street name and number, such as {@code Vasagatan 9}
   * @param postalCode postal code
   * @param city city
   * @param legalId national id (personnummer, fødselsnummer, CPR, henkilötunnus)
   * @param sourceCountry the country to search in, required
   * @return the persons found, best match first
   */
  @Get("/person/search")
  PersonSearchResult search(
      @Query("firstName") String firstName,
      @Query("familyName") String familyName,
      @Query("dateOfBirth") LocalDate dateOfBirth,
      @Query("yearOfBirth") Integer yearOfBirth,
      @Query("phoneNumber") String phoneNumber,
      @Query("streetAddress") String streetAddress,
      @Query("postalCode") String postalCode,
      @Query("city") String city,
      @Query("legalId") String legalId,
      @Query("sourceCountry") Country sourceCountry);

  /**
   * Searches persons by name and street address, the most common search.
   *
   * @param firstName first name
   * @param familyName family name
   * @param streetAddress street name and number, or null
   * @param country the country to search in
   * @return the persons found
   */
  default PersonSearchResult search(
      String firstName, String familyName, String streetAddress, Country country) {
    return search(
        firstName, familyName, null, null, null, streetAddress, null, null, null, country);
  }

  /**
   * Searches one person by national id.
   *
   * @param legalId the national id
   * @param country the country that issued it
   * @return the persons found, normally one
   */
  default PersonSearchResult searchByLegalId(String legalId, Country country) {
    return search(null, null, null, null, null, null, null, null, legalId, country);
  }

  /**
   * Searches persons by the same criteria that a match or a v3 {@code _find} takes.
   *
   * @param criteria what the persons are searched by
   * @param sourceCountry the country to search in
   * @return the persons found, best match first
   */
  default PersonSearchResult search(PersonCriteria criteria, Country sourceCountry) {
    return search(
        criteria.firstName(),
        criteria.familyName(),
        criteria.dateOfBirth() == null ? null : LocalDate.parse(criteria.dateOfBirth()),
        criteria.yearOfBirth(),
        criteria.phoneNumber(),
        criteria.streetAddress(),
        criteria.postalCode(),
        criteria.city(),
        criteria.legalId(),
        sourceCountry);
  }

  /**
   * Matches up to 100 queries in one call; each query's answer says whether exactly one person,
   * several or nobody matched. Criteria travel in the body, not in the URL.
   *
   * @param request the queries
   * @return one match per query, in the queries' order
   */
  @Post("/person/match")
  PersonMatchResult match(@Body PersonMatchRequest request);
}
