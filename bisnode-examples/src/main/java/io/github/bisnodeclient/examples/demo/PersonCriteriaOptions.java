package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.examples.person.PersonCriteria;
import java.time.LocalDate;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * What a person is looked for by: the options {@code person-search} and {@code person-find} share.
 */
final class PersonCriteriaOptions {
  @Option(names = "--first-name", description = "Default: Sven (with no other criteria)")
  String firstName;

  @Option(names = "--family-name", description = "Default: Svensson (with no other criteria)")
  String familyName;

  @Option(
      names = "--street-address",
      description = "Street and number. Default: Vasagatan 9 (with no other criteria)")
  String streetAddress;

  @Option(names = "--postal-code")
  String postalCode;

  @Option(names = "--city")
  String city;

  @Option(names = "--legal-id", description = "National id (personnummer, fødselsnummer, ...)")
  String legalId;

  @Option(names = "--date-of-birth", paramLabel = "yyyy-MM-dd")
  LocalDate dateOfBirth;

  @Option(names = "--year-of-birth", paramLabel = "YEAR")
  Integer yearOfBirth;

  @Option(names = "--phone")
  String phoneNumber;

  /** The criteria given, or Sven Svensson at Vasagatan 9 when none is. */
  PersonCriteria criteria() {
    boolean none =
        Stream.of(
                firstName,
                familyName,
                streetAddress,
                postalCode,
                city,
                legalId,
                dateOfBirth,
                yearOfBirth,
                phoneNumber)
            .allMatch(value -> value == null);
    if (none) {
      return PersonCriteria.builder()
          .firstName("Sven")
          .familyName("Svensson")
          .streetAddress("Vasagatan 9")
          .build();
    }
    return PersonCriteria.builder()
        .firstName(firstName)
        .familyName(familyName)
        .dateOfBirth(dateOfBirth)
        .yearOfBirth(yearOfBirth)
        .phoneNumber(phoneNumber)
        .streetAddress(streetAddress)
        .postalCode(postalCode)
        .city(city)
        .legalId(legalId)
        .build();
  }
}
