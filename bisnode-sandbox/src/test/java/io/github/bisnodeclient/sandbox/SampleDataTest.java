package io.github.bisnodeclient.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample data is consistent with itself, as real register data is. */
class SampleDataTest {
  @Test
  void aMissingResourceFailsNamingIt() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SampleData.read("no-such-data.json"));

    assertEquals(
        "The sandbox's sample data is missing: no resource no-such-data.json beside"
            + " io.github.bisnodeclient.sandbox.SampleData on the classpath",
        e.getMessage());
  }

  @Test
  void aFileWithoutATableFailsSayingSo() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> SampleData.read("sample-data-without-companies.json"));

    assertEquals(
        "The sandbox's sample data sample-data-without-companies.json lacks \"persons\" or"
            + " \"companies\"",
        e.getMessage());
  }

  @Test
  void aValueThatDoesNotParseFailsNamingTheFileAndKeepingTheCause() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> SampleData.read("sample-data-with-a-wrong-date.json"));

    assertEquals(
        "The sandbox's sample data sample-data-with-a-wrong-date.json is invalid", e.getMessage());
    assertTrue(
        causes(e).stream().anyMatch(DateTimeException.class::isInstance), causes(e)::toString);
  }

  private static List<Throwable> causes(Throwable e) {
    List<Throwable> causes = new java.util.ArrayList<>();
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      causes.add(cause);
    }
    return causes;
  }

  @Test
  void theDemoPersonIsThere() {
    Person sven = SampleData.PERSONS.get(0);

    assertEquals("Svensson", sven.familyName());
    assertEquals("Sven", sven.preferredFirstName());
    Person.Address address = sven.addresses().get(0);
    assertEquals(
        "Vasagatan 9 11120 Stockholm SE",
        address.streetName()
            + " "
            + address.streetNumber()
            + " "
            + address.postalCode()
            + " "
            + address.city()
            + " "
            + address.country());
  }

  @Test
  void everyCountryHasPeopleAndCompanies() {
    for (String country : List.of("SE", "NO", "DK", "FI")) {
      assertTrue(SampleData.PERSONS.stream().filter(p -> p.country().equals(country)).count() >= 5);
      assertTrue(
          SampleData.COMPANIES.stream().filter(c -> c.country().equals(country)).count() >= 14);
    }
    assertTrue(SampleData.COMPANIES.size() >= 50);
  }

  @Test
  void legalIdsEncodeTheDateOfBirthAndGender() {
    for (Person p : SampleData.PERSONS) {
      String id = p.legalId();
      String expected;
      int genderDigit;
      switch (p.country()) {
        case "SE" -> {
          expected = p.dateOfBirth().format(DateTimeFormatter.BASIC_ISO_DATE);
          assertEquals(expected, id.substring(0, 8), p.fullName());
          genderDigit = id.charAt(10) - '0';
        }
        case "FI" -> {
          expected = p.dateOfBirth().format(DateTimeFormatter.ofPattern("ddMMyy"));
          assertEquals(expected, id.substring(0, 6), p.fullName());
          assertEquals(p.dateOfBirth().getYear() >= 2000 ? 'A' : '-', id.charAt(6));
          genderDigit = id.charAt(9) - '0';
        }
        case "NO" -> {
          expected = p.dateOfBirth().format(DateTimeFormatter.ofPattern("ddMMyy"));
          assertEquals(expected, id.substring(0, 6), p.fullName());
          genderDigit = id.charAt(8) - '0';
        }
        default -> {
          expected = p.dateOfBirth().format(DateTimeFormatter.ofPattern("ddMMyy"));
          assertEquals(expected, id.substring(0, 6), p.fullName());
          genderDigit = id.charAt(10) - '0';
        }
      }
      assertEquals(p.gender() == Person.Gender.MALE, genderDigit % 2 == 1, p.fullName());
    }
  }

  @Test
  void identifiersAreUnique() {
    Set<String> gedis = SampleData.PERSONS.stream().map(Person::gedi).collect(Collectors.toSet());
    Set<String> legalIds =
        SampleData.PERSONS.stream().map(Person::legalId).collect(Collectors.toSet());
    Set<String> duns = new HashSet<>();
    SampleData.COMPANIES.forEach(c -> duns.add(c.dunsNumber()));

    assertEquals(SampleData.PERSONS.size(), gedis.size());
    assertEquals(SampleData.PERSONS.size(), legalIds.size());
    assertEquals(SampleData.COMPANIES.size(), duns.size());
  }

  @Test
  void everyBranchBelongsToAHeadquarterOfTheSameName() {
    for (Company branch : SampleData.COMPANIES) {
      if (!branch.headQuarter()) {
        assertTrue(
            SampleData.COMPANIES.stream()
                .anyMatch(
                    c ->
                        c.headQuarter()
                            && c.name().equals(branch.name())
                            && c.country().equals(branch.country())),
            branch.name());
      }
    }
  }

  @Test
  void deceasedPeopleDiedAfterTheyWereBorn() {
    for (Person p : SampleData.PERSONS) {
      if (p.deceased()) {
        assertTrue(p.dateOfDeath().isAfter(p.dateOfBirth()), p.fullName());
      }
    }
  }
}
