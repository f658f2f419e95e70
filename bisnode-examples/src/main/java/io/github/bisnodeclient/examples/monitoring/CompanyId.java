package io.github.bisnodeclient.examples.monitoring;

import io.github.bisnodeclient.examples.person.Country;

/**
 * A company as monitoring requests name it; {@code duns} picks one site.
 *
 * @param country country code, such as {@code SE}
 * @param registrationNumber national registration number
 * @param duns D-U-N-S number; may be absent
 */
public record CompanyId(String country, String registrationNumber, String duns) {
  /**
   * A company by its registration number.
   *
   * @param country the country
   * @param registrationNumber the registration number
   * @return the company's id, without D-U-N-S number
   */
  public static CompanyId of(Country country, String registrationNumber) {
    return new CompanyId(country.name(), registrationNumber, null);
  }
}
