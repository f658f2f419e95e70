package io.github.bisnodeclient.examples.person;

import java.util.List;

/**
 * A person as Bisnode's Consumer Intelligence describes one. Every field may be absent in a
 * response; lists are never null.
 *
 * @param gedi Bisnode's own person id
 * @param legalId the national id, sent by Bisnode as a string or, in later versions, an object
 * @param protectedIdentity whether the person's identity is protected (address and details may be
 *     withheld)
 * @param firstNames all first names
 * @param preferredFirstName the first name in daily use
 * @param familyName family name
 * @param fullName the whole name as written
 * @param gender gender, such as {@code MALE} or {@code FEMALE}
 * @param dateOfBirth date of birth, {@code yyyy-MM-dd}
 * @param yearOfBirth year of birth
 * @param deceased whether the person has died
 * @param dateOfDeath date of death, {@code yyyy-MM-dd}
 * @param directMarketingRestriction whether the person declined direct marketing
 * @param addressList postal and visiting addresses
 * @param phoneList phone numbers
 */
public record Person(
    String gedi,
    LegalId legalId,
    Boolean protectedIdentity,
    List<String> firstNames,
    String preferredFirstName,
    String familyName,
    String fullName,
    String gender,
    String dateOfBirth,
    Integer yearOfBirth,
    Boolean deceased,
    String dateOfDeath,
    Boolean directMarketingRestriction,
    List<Address> addressList,
    List<Phone> phoneList) {

  /** Normalizes missing lists to empty ones. */
  public Person {
    firstNames = firstNames == null ? List.of() : List.copyOf(firstNames);
    addressList = addressList == null ? List.of() : List.copyOf(addressList);
    phoneList = phoneList == null ? List.of() : List.copyOf(phoneList);
  }

  /**
   * An address.
   *
   * @param type {@code Postal} or {@code Visiting}
   * @param careOf c/o line
   * @param streetName street name
   * @param streetNumber street number
   * @param entrance entrance letter
   * @param apartment apartment number
   * @param floor floor
   * @param postalCode postal code
   * @param city city
   * @param country country code
   * @param formattedAddress the address as printed, one line per entry
   */
  public record Address(
      String type,
      String careOf,
      String streetName,
      String streetNumber,
      String entrance,
      String apartment,
      String floor,
      String postalCode,
      String city,
      String country,
      List<String> formattedAddress) {

    /** Normalizes a missing list to an empty one. */
    public Address {
      formattedAddress = formattedAddress == null ? List.of() : List.copyOf(formattedAddress);
    }
  }

  /**
   * A phone number.
   *
   * @param type such as {@code Mobile} or {@code Landline}
   * @param number the number
   * @param telemarketingRestriction whether the number may not be called for sales
   * @param secretPhoneNumber whether the number is unlisted
   */
  public record Phone(
      String type, String number, Boolean telemarketingRestriction, Boolean secretPhoneNumber) {}
}
