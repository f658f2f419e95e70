package io.github.bisnodeclient.examples.company;

import io.github.bisnodeclient.examples.person.Country;

/**
 * The body of a company search. Immutable: start from a factory and refine with the {@code with…}
 * methods, each of which returns a copy. Null fields are left out of the JSON, and Bisnode applies
 * its defaults (offset 0, limit 20, no inactive companies, no branches).
 *
 * <pre>{@code
 * CompanySearchRequest firstPage = CompanySearchRequest.byName(Country.SE, "AB").withLimit(5);
 * CompanySearchRequest secondPage = firstPage.withOffset(5);
 * }</pre>
 *
 * @param country the country to search, required
 * @param name words that start words of the name, such as {@code norr mjuk}
 * @param registrationNumber national registration number, hyphens and spaces ignored
 * @param dunsNumber D-U-N-S number, 9 digits
 * @param offset how many hits to skip, 0 to 10000
 * @param limit the most hits to return, 0 to 200 (0 only counts)
 * @param includeInactive whether inactive companies are included
 * @param includeBranches whether branches are included besides head offices
 * @param address only companies at this address (street contained, the rest equal)
 */
public record CompanySearchRequest(
    Country country,
    String name,
    String registrationNumber,
    String dunsNumber,
    Integer offset,
    Integer limit,
    Boolean includeInactive,
    Boolean includeBranches,
    CompanyAddress address) {

  /**
   * A search in a country with no criterion yet; Bisnode needs a name, a registration number or a
   * D-U-N-S number besides.
   *
   * @param country the country to search
   * @return the request
   */
  public static CompanySearchRequest in(Country country) {
    return new CompanySearchRequest(country, null, null, null, null, null, null, null, null);
  }

  /**
   * A search by name.
   *
   * @param country the country to search
   * @param name words that start words of the name
   * @return the request
   */
  public static CompanySearchRequest byName(Country country, String name) {
    return in(country).withName(name);
  }

  /**
   * A search by registration number.
   *
   * @param country the country to search
   * @param registrationNumber the registration number, hyphens and spaces ignored
   * @return the request
   */
  public static CompanySearchRequest byRegistrationNumber(
      Country country, String registrationNumber) {
    return in(country).withRegistrationNumber(registrationNumber);
  }

  /**
   * A search by D-U-N-S number.
   *
   * @param country the country to search
   * @param dunsNumber the D-U-N-S number
   * @return the request
   */
  public static CompanySearchRequest byDunsNumber(Country country, String dunsNumber) {
    return in(country).withDunsNumber(dunsNumber);
  }

  /**
   * A copy with this name criterion.
   *
   * @param name words that start words of the name, or null
   * @return the copy
   */
  public CompanySearchRequest withName(String name) {
    return new CompanySearchRequest(
        country,
        name,
        registrationNumber,
        dunsNumber,
        offset,
        limit,
        includeInactive,
        includeBranches,
        address);
  }

  /**
   * A copy with this registration number criterion.
   *
   * @param registrationNumber the registration number, or null
   * @return the copy
   */
  public CompanySearchRequest withRegistrationNumber(String registrationNumber) {
    return new CompanySearchRequest(
        country,
        name,
        registrationNumber,
        dunsNumber,
        offset,
        limit,
        includeInactive,
        includeBranches,
        address);
  }

  /**
   * A copy with this D-U-N-S number criterion.
   *
   * @param dunsNumber the D-U-N-S number, or null
   * @return the copy
   */
  public CompanySearchRequest withDunsNumber(String dunsNumber) {
    return new CompanySearchRequest(
        country,
        name,
        registrationNumber,
        dunsNumber,
        offset,
        limit,
        includeInactive,
        includeBranches,
        address);
  }

  /**
   * A copy that starts at this offset, for the next page.
   *
   * @param offset how many hits to skip, or null for Bisnode's default (0)
   * @return the copy
   */
  public CompanySearchRequest withOffset(Integer offset) {
    return new CompanySearchRequest(
        country,
        name,
        registrationNumber,
        dunsNumber,
        offset,
        limit,
        includeInactive,
        includeBranches,
        address);
  }

  /**
   * A copy with this page size.
   *
   * @param limit the most hits to return, or null for Bisnode's default (20)
   * @return the copy
   */
  public CompanySearchRequest withLimit(Integer limit) {
    return new CompanySearchRequest(
        country,
        name,
        registrationNumber,
        dunsNumber,
        offset,
        limit,
        includeInactive,
        includeBranches,
        address);
  }

  /**
   * A copy that includes inactive companies, or not.
   *
   * @param include whether to include them, or null for Bisnode's default (no)
   * @return the copy
   */
  public CompanySearchRequest withInactive(Boolean include) {
    return new CompanySearchRequest(
        country,
        name,
        registrationNumber,
        dunsNumber,
        offset,
        limit,
        include,
        includeBranches,
        address);
  }

  /**
   * A copy that includes branches besides head offices, or not.
   *
   * @param include whether to include them, or null for Bisnode's default (no)
   * @return the copy
   */
  public CompanySearchRequest withBranches(Boolean include) {
    return new CompanySearchRequest(
        country,
        name,
        registrationNumber,
        dunsNumber,
        offset,
        limit,
        includeInactive,
        include,
        address);
  }

  /**
   * A copy that keeps only companies at this address.
   *
   * @param address the address filter, or null for none
   * @return the copy
   */
  public CompanySearchRequest withAddress(CompanyAddress address) {
    return new CompanySearchRequest(
        country,
        name,
        registrationNumber,
        dunsNumber,
        offset,
        limit,
        includeInactive,
        includeBranches,
        address);
  }
}
