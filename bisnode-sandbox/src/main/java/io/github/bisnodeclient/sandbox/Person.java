package io.github.bisnodeclient.sandbox;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A fictional person of the sample data, as Consumer Intelligence describes one. */
record Person(
    String country,
    String legalId,
    String gedi,
    List<String> firstNames,
    String preferredFirstName,
    String familyName,
    Gender gender,
    LocalDate dateOfBirth,
    @Nullable LocalDate dateOfDeath,
    boolean directMarketingRestriction,
    List<Address> addresses,
    List<Phone> phones) {

  enum Gender {
    MALE,
    FEMALE
  }

  /** A postal or visiting address; {@code type} is {@code Postal} or {@code Visiting}. */
  record Address(
      String type,
      @Nullable String careOf,
      String streetName,
      String streetNumber,
      @Nullable String entrance,
      @Nullable String apartment,
      @Nullable String floor,
      String postalCode,
      String city,
      String country) {}

  /** A phone number in international form; {@code type} is {@code Mobile} or {@code Landline}. */
  record Phone(
      String type, String number, boolean telemarketingRestriction, boolean secretPhoneNumber) {}

  Person {
    firstNames = List.copyOf(firstNames);
    addresses = List.copyOf(addresses);
    phones = List.copyOf(phones);
  }

  String fullName() {
    return String.join(" ", firstNames) + " " + familyName;
  }

  boolean deceased() {
    return dateOfDeath != null;
  }
}
