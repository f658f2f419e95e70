package io.github.bisnodeclient.benchmarks;

import java.util.List;

/**
 * What every contender decodes: the shape of Consumer Intelligence v2's search answer, declared
 * here rather than taken from bisnode-examples so that the benchmark's work stays fixed while the
 * examples change.
 *
 * @param persons the hits, best match first
 */
public record PersonSearchResult(List<Hit> persons) {

  /**
   * One hit.
   *
   * @param person the person found
   */
  public record Hit(Person person) {}

  /**
   * A person as Bisnode describes one.
   *
   * @param gedi Bisnode's id
   * @param legalId national id
   * @param firstNames every first name
   * @param preferredFirstName the name in use
   * @param familyName family name
   * @param fullName full name
   * @param gender {@code MALE} or {@code FEMALE}
   * @param dateOfBirth ISO date
   * @param yearOfBirth year
   * @param deceased whether the person has died
   * @param directMarketingRestriction whether direct marketing is refused
   * @param addressList addresses
   * @param phoneList phone numbers
   */
  public record Person(
      String gedi,
      String legalId,
      List<String> firstNames,
      String preferredFirstName,
      String familyName,
      String fullName,
      String gender,
      String dateOfBirth,
      Integer yearOfBirth,
      Boolean deceased,
      Boolean directMarketingRestriction,
      List<Address> addressList,
      List<Phone> phoneList) {}

  /**
   * A postal address.
   *
   * @param type {@code Folkbokforing}, {@code Postal}, ...
   * @param streetName street
   * @param streetNumber number
   * @param postalCode postal code
   * @param city city
   * @param country ISO country code
   * @param formattedAddress the address as printed on an envelope
   */
  public record Address(
      String type,
      String streetName,
      String streetNumber,
      String postalCode,
      String city,
      String country,
      List<String> formattedAddress) {}

  /**
   * A phone number.
   *
   * @param type {@code MOBILE} or {@code LANDLINE}
   * @param number E.164 number
   * @param telemarketingRestriction whether telemarketing is refused
   * @param secretPhoneNumber whether the number is unlisted
   */
  public record Phone(
      String type, String number, Boolean telemarketingRestriction, Boolean secretPhoneNumber) {}
}
