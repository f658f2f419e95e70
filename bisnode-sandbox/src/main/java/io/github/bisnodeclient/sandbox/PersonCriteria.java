package io.github.bisnodeclient.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a person search or match looks for; each given field must match, case-insensitively. Shared
 * by Consumer Intelligence v2 (query parameters or match queries) and v3 (JSON body).
 */
record PersonCriteria(
    String country,
    @Nullable String firstName,
    @Nullable String familyName,
    @Nullable LocalDate dateOfBirth,
    @Nullable Integer yearOfBirth,
    @Nullable String phoneNumber,
    @Nullable String streetAddress,
    @Nullable String postalCode,
    @Nullable String city,
    @Nullable String legalId) {

  static final List<String> COUNTRIES = List.of("SE", "NO", "DK", "FI");

  /** The field names, as query parameters and JSON properties. */
  static final List<String> FIELDS =
      List.of(
          "firstName",
          "familyName",
          "dateOfBirth",
          "yearOfBirth",
          "phoneNumber",
          "streetAddress",
          "postalCode",
          "city",
          "legalId");

  /**
   * Reads and checks the fields; errors go to {@code validation} under {@code prefix + field}.
   *
   * @param values the raw value of a field, or null when absent
   * @param country the already checked country; null if it was invalid (legalId goes unchecked)
   */
  static PersonCriteria parse(
      Function<String, @Nullable String> values,
      @Nullable String country,
      Validation validation,
      String prefix) {
    LocalDate dateOfBirth = null;
    String rawDate = blankToNull(values.apply("dateOfBirth"));
    if (rawDate != null) {
      try {
        dateOfBirth = LocalDate.parse(rawDate);
      } catch (DateTimeParseException e) {
        validation.reject(prefix + "dateOfBirth", rawDate, "must be a date as yyyy-MM-dd");
      }
    }
    Integer yearOfBirth = null;
    String rawYear = blankToNull(values.apply("yearOfBirth"));
    if (rawYear != null) {
      try {
        yearOfBirth = Integer.valueOf(rawYear.trim());
        if (yearOfBirth < 1850 || yearOfBirth > 2100) {
          validation.reject(prefix + "yearOfBirth", rawYear, "must be between 1850 and 2100");
        }
      } catch (NumberFormatException e) {
        validation.reject(prefix + "yearOfBirth", rawYear, "must be a whole number");
      }
    }
    String legalId = blankToNull(values.apply("legalId"));
    if (legalId != null
        && country != null
        && !NationalIds.isValidPersonId(country, legalId.trim())) {
      validation.reject(
          prefix + "legalId", legalId, "is not a valid personal identity number in " + country);
    }
    PersonCriteria criteria =
        new PersonCriteria(
            country == null ? "" : country,
            blankToNull(values.apply("firstName")),
            blankToNull(values.apply("familyName")),
            dateOfBirth,
            yearOfBirth,
            blankToNull(values.apply("phoneNumber")),
            blankToNull(values.apply("streetAddress")),
            blankToNull(values.apply("postalCode")),
            blankToNull(values.apply("city")),
            legalId);
    boolean anyGiven = FIELDS.stream().anyMatch(f -> blankToNull(values.apply(f)) != null);
    if (!anyGiven) {
      validation.reject(
          prefix.isEmpty() ? "firstName" : prefix.substring(0, prefix.length() - 1),
          (String) null,
          "at least one of " + String.join(", ", FIELDS) + " is required");
    }
    return criteria;
  }

  List<Person> find(List<Person> people) {
    return people.stream().filter(this::matches).toList();
  }

  boolean matches(Person person) {
    if (!person.country().equals(country)) {
      return false;
    }
    if (firstName != null && !firstNameMatches(person)) {
      return false;
    }
    if (familyName != null && !same(familyName, person.familyName())) {
      return false;
    }
    if (dateOfBirth != null && !dateOfBirth.equals(person.dateOfBirth())) {
      return false;
    }
    if (yearOfBirth != null && yearOfBirth != person.dateOfBirth().getYear()) {
      return false;
    }
    if (legalId != null && !legalIdMatches(person)) {
      return false;
    }
    if (phoneNumber != null
        && person.phones().stream().noneMatch(p -> e164(p.number()).equals(e164(phoneNumber)))) {
      return false;
    }
    if (streetAddress != null || postalCode != null || city != null) {
      return person.addresses().stream().anyMatch(this::addressMatches);
    }
    return true;
  }

  private boolean firstNameMatches(Person person) {
    String wanted = squash(firstName);
    return person.firstNames().stream().anyMatch(n -> squash(n).equals(wanted))
        || squash(person.preferredFirstName()).equals(wanted)
        || squash(String.join(" ", person.firstNames())).equals(wanted);
  }

  private boolean legalIdMatches(Person person) {
    String wanted = legalId.trim().toUpperCase(Locale.ROOT);
    if (country.equals("FI")) {
      return wanted.equals(person.legalId());
    }
    String digits = wanted.replaceAll("[^0-9]", "");
    String stored = person.legalId().replaceAll("[^0-9]", "");
    // A Swedish personnummer may come with or without its century: YYMMDDNNNC.
    return digits.equals(stored) || (digits.length() == 10 && stored.endsWith(digits));
  }

  /** Street as "Vasagatan 9" (entrance optional, "9B" or "9 B") or the street name alone. */
  private boolean addressMatches(Person.Address address) {
    if (streetAddress != null) {
      String wanted = squash(streetAddress);
      String street = squash(address.streetName());
      String number = squash(address.streetNumber());
      String entrance = address.entrance() == null ? "" : squash(address.entrance());
      boolean hit =
          wanted.equals(street)
              || wanted.equals(street + " " + number)
              || (!entrance.isEmpty()
                  && (wanted.equals(street + " " + number + " " + entrance)
                      || wanted.equals(street + " " + number + entrance)));
      if (!hit) {
        return false;
      }
    }
    if (postalCode != null
        && !postalCode.replaceAll("\\s", "").equals(address.postalCode().replaceAll("\\s", ""))) {
      return false;
    }
    return city == null || same(city, address.city());
  }

  /** A number reduced to its international digits: 070-174 06 05 and +46701740605 agree. */
  private String e164(String number) {
    String digits = number.replaceAll("[^0-9]", "");
    String code =
        switch (country) {
          case "SE" -> "46";
          case "NO" -> "47";
          case "DK" -> "45";
          default -> "358";
        };
    if (number.trim().startsWith("+")) {
      return digits;
    }
    if (digits.startsWith("00")) {
      return digits.substring(2);
    }
    if (digits.startsWith("0")) {
      return code + digits.substring(1);
    }
    return digits.startsWith(code) && digits.length() > 9 ? digits : code + digits;
  }

  private static boolean same(String a, String b) {
    return squash(a).equals(squash(b));
  }

  private static String squash(String s) {
    return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
