package io.github.bisnodeclient.examples.company;

/**
 * A company's address, as Bisnode sends it and as a search filters by it (in a search, the street
 * need only be contained, and every field may be left out).
 *
 * @param street street and number, such as {@code Vasagatan 9}
 * @param postalCode postal code
 * @param town town
 * @param countryCode country code, such as {@code SE}
 */
public record CompanyAddress(String street, String postalCode, String town, String countryCode) {

  /**
   * The address on one line, leaving out what is missing.
   *
   * @return such as {@code Vasagatan 9, 11120 Stockholm}
   */
  public String oneLine() {
    String place = join(" ", postalCode, town);
    return join(", ", street, place);
  }

  private static String join(String separator, String first, String second) {
    if (first == null || first.isEmpty()) {
      return second == null ? "" : second;
    }
    return second == null || second.isEmpty() ? first : first + separator + second;
  }
}
