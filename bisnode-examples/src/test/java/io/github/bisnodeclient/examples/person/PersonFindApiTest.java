package io.github.bisnodeclient.examples.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import io.github.bisnodeclient.sandbox.RecordedRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BisnodeSandboxExtension.class)
class PersonFindApiTest {
  private PersonFindApi persons;
  private BisnodeSandbox sandbox;

  @BeforeEach
  void create(BisnodeClient bisnode, BisnodeSandbox sandbox) {
    this.persons = bisnode.create(PersonFindApi.class);
    this.sandbox = sandbox;
  }

  @Test
  void findsIngridHaugenByLegalIdOnTheLowerCaseMarketPath() {
    Optional<Person> found = persons.find(Country.NO, PersonCriteria.byLegalId("17057514051"));

    Person ingrid = found.orElseThrow();
    assertEquals("C048TTP08KFT", ingrid.gedi());
    assertEquals("Ingrid Haugen", ingrid.fullName());
    assertEquals("FEMALE", ingrid.gender());
    assertEquals(
        List.of("Karl Johans gate 22", "0159 Oslo"),
        ingrid.addressList().get(0).formattedAddress());
    assertEquals("+4791234501", ingrid.phoneList().get(0).number());
    RecordedRequest request = sandbox.lastRecordedRequest().orElseThrow();
    assertEquals("POST", request.method());
    assertEquals("/consumer-intelligence/v3/markets/no/persons/_find", request.path());
    assertEquals("{\"legalId\":\"17057514051\"}", request.body());
  }

  @Test
  void findsSvenByNameAndAddress() {
    Optional<Person> found =
        persons.find(
            Country.SE,
            PersonCriteria.builder()
                .firstName("Sven")
                .familyName("Svensson")
                .streetAddress("Vasagatan 9")
                .postalCode("111 20")
                .city("Stockholm")
                .build());

    assertEquals("196103148752", found.orElseThrow().legalId().value());
  }

  @Test
  void nobodyFoundIsEmptyFromA204() {
    Optional<Person> found = persons.find(Country.SE, PersonCriteria.byLegalId("191212121212"));

    assertTrue(found.isEmpty());
  }

  @Test
  void anUnknownMarketIsA404ThatOptionalReadsAsNobodyFound() {
    Optional<Person> found = persons.find("de", PersonCriteria.byLegalId("191212121212"));

    assertTrue(found.isEmpty(), "the runtime maps 404 to empty, as documented on find(String, ..)");
    assertEquals(
        "/consumer-intelligence/v3/markets/de/persons/_find",
        sandbox.lastRecordedRequest().orElseThrow().path());
  }

  @Test
  void twoMatchingPersonsAreAConflict() {
    PersonCriteria svens =
        PersonCriteria.builder().firstName("Sven").familyName("Svensson").build();

    BisnodeApiException e =
        assertThrows(BisnodeApiException.class, () -> persons.find(Country.SE, svens));

    assertEquals(409, e.status());
    assertTrue(e.error().orElseThrow().message().startsWith("2 persons match"), e.getMessage());
  }

  @Test
  void aMalformedLegalIdIsAValidationErrorOnThatField() {
    BisnodeApiException e =
        assertThrows(
            BisnodeApiException.class,
            () -> persons.find("fi", PersonCriteria.byLegalId("210966-6470")));

    assertEquals(400, e.status());
    assertEquals("legalId", e.error().orElseThrow().subErrors().get(0).field());
    assertEquals("FindPersonRequest", e.error().orElseThrow().subErrors().get(0).object());
  }
}
