package io.github.bisnodeclient.examples.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.Gson;
import org.junit.jupiter.api.Test;

/** A unit test: Gson alone, as the runtime's default {@code new Gson()} decodes responses. */
class LegalIdTest {
  private final Gson gson = new Gson();

  @Test
  void readsAPlainString() {
    Person person = gson.fromJson("{\"legalId\": \"196103148752\"}", Person.class);

    assertEquals(new LegalId("196103148752", null, null), person.legalId());
  }

  @Test
  void readsAnObjectWithValueTypeAndCountry() {
    Person person =
        gson.fromJson(
            "{\"legalId\": {\"value\": \"196103148752\", \"type\": \"PERSONAL_IDENTITY_NUMBER\","
                + " \"country\": \"SE\"}, \"familyName\": \"Svensson\"}",
            Person.class);

    assertEquals(new LegalId("196103148752", "PERSONAL_IDENTITY_NUMBER", "SE"), person.legalId());
    assertEquals("Svensson", person.familyName());
  }

  @Test
  void readsAnObjectWithOtherFieldNamesAndIgnoresTheRest() {
    LegalId id =
        gson.fromJson(
            "{\"id\": \"17057514051\", \"idType\": \"FNR\", \"countryCode\": \"NO\","
                + " \"issued\": {\"year\": 1975}}",
            LegalId.class);

    assertEquals(new LegalId("17057514051", "FNR", "NO"), id);
  }

  @Test
  void readsNullAsNull() {
    assertNull(gson.fromJson("{\"legalId\": null}", Person.class).legalId());
  }

  @Test
  void writesAStringWhenOnlyTheValueIsKnownAndAnObjectOtherwise() {
    assertEquals("\"196103148752\"", gson.toJson(new LegalId("196103148752", null, null)));
    assertEquals(
        "{\"value\":\"17057514051\",\"type\":\"FNR\",\"country\":\"NO\"}",
        gson.toJson(new LegalId("17057514051", "FNR", "NO")));
  }

  @Test
  void aPersonWithoutListsHasEmptyListsNotNulls() {
    Person person = gson.fromJson("{\"gedi\": \"X\", \"unknownField\": [1, 2]}", Person.class);

    assertEquals(0, person.firstNames().size());
    assertEquals(0, person.addressList().size());
    assertEquals(0, person.phoneList().size());
  }
}
