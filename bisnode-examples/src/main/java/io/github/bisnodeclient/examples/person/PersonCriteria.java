package io.github.bisnodeclient.examples.person;

import java.time.LocalDate;

/**
 * What a person is searched by, sent as a JSON body (Bisnode asks that personal data travel in
 * bodies, not URLs): the body of Consumer Intelligence v3's {@code _find} ({@code
 * FindPersonRequest}), and, with a country, one query of a v2 match. Null fields are left out of
 * the JSON. Every given field must match.
 *
 * <pre>{@code
 * PersonCriteria.byLegalId("17057514051");
 * PersonCriteria.builder().firstName("Sven").familyName("Svensson")
 *     .streetAddress("Vasagatan 9").build();
 * }</pre>
 *
 * @param firstName any of the first names, or all of them
 * @param familyName family name
 * @param dateOfBirth date of birth, {@code yyyy-MM-dd}
 * @param yearOfBirth year of birth
 * @param phoneNumber phone number, national or international form
 * @param streetAddress street name and number, such as {@code Vasagatan 9}
 * @param postalCode postal code, spaces allowed
 * @param city city
 * @param legalId national id (personnummer, fødselsnummer, CPR, henkilötunnus)
 */
public record PersonCriteria(
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
   * Criteria naming one person by national id.
   *
   * @param legalId the national id
   * @return the criteria
   */
  public static PersonCriteria byLegalId(String legalId) {
    return builder().legalId(legalId).build();
  }

  /**
   * Starts criteria with no field set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields of {@link PersonCriteria}; each setter accepts null to leave it out. */
  public static final class Builder {
    private String firstName;
    private String familyName;
    private String dateOfBirth;
    private Integer yearOfBirth;
    private String phoneNumber;
    private String streetAddress;
    private String postalCode;
    private String city;
    private String legalId;

    private Builder() {}

    /**
     * Sets the first name.
     *
     * @param firstName any of the first names, or all of them
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /**
     * Sets the family name.
     *
     * @param familyName family name
     * @return this builder
     */
    public Builder familyName(String familyName) {
      this.familyName = familyName;
      return this;
    }

    /**
     * Sets the date of birth.
     *
     * @param dateOfBirth date of birth
     * @return this builder
     */
    public Builder dateOfBirth(LocalDate dateOfBirth) {
      this.dateOfBirth = dateOfBirth == null ? null : dateOfBirth.toString();
      return this;
    }

    /**
     * Sets the year of birth.
     *
     * @param yearOfBirth year of birth
     * @return this builder
     */
    public Builder yearOfBirth(Integer yearOfBirth) {
      this.yearOfBirth = yearOfBirth;
      return this;
    }

    /**
     * Sets the phone number.
     *
     * @param phoneNumber national or international form
     * @return this builder
     */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = phoneNumber;
      return this;
    }

    /**
     * Sets the street address.
     *
     * @param streetAddress street name and number, such as {@code Vasagatan 9}
     * @return this builder
     */
    public Builder streetAddress(String streetAddress) {
      this.streetAddress = streetAddress;
      return this;
    }

    /**
     * Sets the postal code.
     *
     * @param postalCode postal code
     * @return this builder
     */
    public Builder postalCode(String postalCode) {
      this.postalCode = postalCode;
      return this;
    }

    /**
     * Sets the city.
     *
     * @param city city
     * @return this builder
     */
    public Builder city(String city) {
      this.city = city;
      return this;
    }

    /**
     * Sets the national id.
     *
     * @param legalId national id
     * @return this builder
     */
    public Builder legalId(String legalId) {
      this.legalId = legalId;
      return this;
    }

    /**
     * Creates the criteria.
     *
     * @return the criteria
     */
    public PersonCriteria build() {
      return new PersonCriteria(
          firstName,
          familyName,
          dateOfBirth,
          yearOfBirth,
          phoneNumber,
          streetAddress,
          postalCode,
          city,
          legalId);
    }
  }
}
