package io.github.bisnodeclient.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The check-digit rules, against published examples and their corruptions. */
class NationalIdsTest {
  @Test
  void swedishPersonnummerUsesLuhnOverTheLastTenDigits() {
    // Skatteverket's well-known test number
    assertTrue(NationalIds.isSwedishPersonnummer("191212121212"));
    assertTrue(NationalIds.isSwedishPersonnummer("121212-1212"));
    assertFalse(NationalIds.isSwedishPersonnummer("191212121213"));
    assertFalse(NationalIds.isSwedishPersonnummer("191213321210"), "no 33rd of December");
    assertFalse(NationalIds.isSwedishPersonnummer("19121212121"));
  }

  @Test
  void swedishOrganisationsnummerUsesLuhnAndAThirdDigitOfAtLeastTwo() {
    assertTrue(NationalIds.isSwedishOrganisationsnummer("556485-5582"));
    assertTrue(NationalIds.isSwedishOrganisationsnummer("5564855582"));
    assertFalse(NationalIds.isSwedishOrganisationsnummer("5564855583"));
    assertFalse(NationalIds.isSwedishOrganisationsnummer("5514855585"));
  }

  @Test
  void norwegianOrganisasjonsnummerUsesMod11() {
    // Brønnøysundregistrene's own number
    assertTrue(NationalIds.isNorwegianOrganisasjonsnummer("974760673"));
    assertFalse(NationalIds.isNorwegianOrganisasjonsnummer("974760674"));
    assertFalse(NationalIds.isNorwegianOrganisasjonsnummer("174760673"));
  }

  @Test
  void norwegianFodselsnummerHasTwoMod11CheckDigits() {
    String valid =
        SampleData.PERSONS.stream()
            .filter(p -> p.country().equals("NO"))
            .findFirst()
            .orElseThrow()
            .legalId();
    assertTrue(NationalIds.isNorwegianFodselsnummer(valid));
    char last = valid.charAt(10);
    assertFalse(
        NationalIds.isNorwegianFodselsnummer(
            valid.substring(0, 10) + (char) ((last - '0' + 1) % 10 + '0')));
    char first = valid.charAt(9);
    assertFalse(
        NationalIds.isNorwegianFodselsnummer(
            valid.substring(0, 9) + (char) ((first - '0' + 1) % 10 + '0') + last));
  }

  @Test
  void danishCvrUsesWeightedMod11() {
    assertTrue(NationalIds.isDanishCvr("10150817"));
    assertFalse(NationalIds.isDanishCvr("10150818"));
  }

  @Test
  void danishCprUsesWeightedMod11AndARealDate() {
    assertTrue(NationalIds.isDanishCpr("070761-4285"));
    assertFalse(NationalIds.isDanishCpr("070761-4286"));
    assertFalse(NationalIds.isDanishCpr("310261-4285"), "no 31st of February");
  }

  @Test
  void finnishHenkilotunnusUsesTheMod31CheckCharacter() {
    // Digi- ja väestötietovirasto's example
    assertTrue(NationalIds.isFinnishHenkilotunnus("131052-308T"));
    assertFalse(NationalIds.isFinnishHenkilotunnus("131052-308U"));
    assertFalse(NationalIds.isFinnishHenkilotunnus("131052/308T"));
  }

  @Test
  void finnishYTunnusUsesWeightedMod11() {
    // Nokia Oyj
    assertTrue(NationalIds.isFinnishYTunnus("0112038-9"));
    assertFalse(NationalIds.isFinnishYTunnus("0112038-8"));
    assertFalse(NationalIds.isFinnishYTunnus("01120389"));
  }

  @Test
  void everySamplePersonsLegalIdPassesItsCountrysRule() {
    for (Person person : SampleData.PERSONS) {
      assertTrue(
          NationalIds.isValidPersonId(person.country(), person.legalId()),
          person.fullName() + " " + person.legalId());
    }
  }

  @Test
  void everySampleCompanysRegistrationNumberPassesItsCountrysRule() {
    for (Company company : SampleData.COMPANIES) {
      String id = company.registrationNumber();
      boolean valid =
          switch (company.country()) {
            case "SE" ->
                company.legalForm() == Company.LegalForm.SOLE_PROPRIETORSHIP
                    ? NationalIds.isSwedishPersonnummer(id)
                    : NationalIds.isSwedishOrganisationsnummer(id);
            case "NO" -> NationalIds.isNorwegianOrganisasjonsnummer(id);
            case "DK" -> NationalIds.isDanishCvr(id);
            case "FI" -> NationalIds.isFinnishYTunnus(id);
            default -> false;
          };
      assertTrue(valid, company.name() + " " + id);
    }
  }
}
