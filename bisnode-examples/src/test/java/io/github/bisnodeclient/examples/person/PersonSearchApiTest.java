package io.github.bisnodeclient.examples.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeError;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import io.github.bisnodeclient.sandbox.RecordedRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BisnodeSandboxExtension.class)
class PersonSearchApiTest {
  private PersonSearchApi persons;
  private BisnodeSandbox sandbox;

  @BeforeEach
  void create(BisnodeClient bisnode, BisnodeSandbox sandbox) {
    this.persons = bisnode.create(PersonSearchApi.class);
    this.sandbox = sandbox;
  }

  @Test
  void findsSvenSvenssonAtVasagatan9AndDecodesEveryField() {
    PersonSearchResult result = persons.search("Sven", "Svensson", "Vasagatan 9", Country.SE);

    assertEquals(1, result.persons().size());
    Person sven = result.persons().get(0).person();
    assertEquals("QJXXVBOTHD0W", sven.gedi());
    assertEquals("196103148752", sven.legalId().value());
    assertFalse(sven.protectedIdentity());
    assertEquals(List.of("Sven", "Henning"), sven.firstNames());
    assertEquals("Sven", sven.preferredFirstName());
    assertEquals("Svensson", sven.familyName());
    assertEquals("Sven Henning Svensson", sven.fullName());
    assertEquals("MALE", sven.gender());
    assertEquals("1961-03-14", sven.dateOfBirth());
    assertEquals(1961, sven.yearOfBirth());
    assertFalse(sven.deceased());
    assertNull(sven.dateOfDeath());
    assertFalse(sven.directMarketingRestriction());

    assertEquals(1, sven.addressList().size());
    Person.Address address = sven.addressList().get(0);
    assertEquals("Visiting", address.type());
    assertNull(address.careOf());
    assertEquals("Vasagatan", address.streetName());
    assertEquals("9", address.streetNumber());
    assertNull(address.entrance());
    assertNull(address.apartment());
    assertNull(address.floor());
    assertEquals("11120", address.postalCode());
    assertEquals("Stockholm", address.city());
    assertEquals("SE", address.country());
    assertEquals(List.of("Vasagatan 9", "111 20 Stockholm"), address.formattedAddress());

    assertEquals(
        List.of(new Person.Phone("Mobile", "+46701740605", false, false)), sven.phoneList());
  }

  @Test
  void sendsEveryQueryParameterEncodedAndAllOfThemMatchSven() {
    PersonSearchResult result =
        persons.search(
            "Sven",
            "Svensson",
            LocalDate.of(1961, 3, 14),
            1961,
            "+46 70-174 06 05",
            "Vasagatan 9",
            "111 20",
            "Stockholm",
            "19610314-8752",
            Country.SE);

    assertEquals(1, result.persons().size());
    assertEquals("Sven Henning Svensson", result.persons().get(0).person().fullName());
    RecordedRequest request = sandbox.lastRecordedRequest().orElseThrow();
    assertEquals("GET", request.method());
    assertEquals("/consumerintelligence/person/v2/person/search", request.path());
    assertEquals(
        "firstName=Sven&familyName=Svensson&dateOfBirth=1961-03-14&yearOfBirth=1961"
            + "&phoneNumber=%2B46%2070-174%2006%2005&streetAddress=Vasagatan%209"
            + "&postalCode=111%2020&city=Stockholm&legalId=19610314-8752&sourceCountry=SE",
        request.rawQuery());
  }

  @Test
  void searchesByTheCriteriaThatMatchAndFindTake() {
    PersonSearchResult result =
        persons.search(
            PersonCriteria.builder()
                .familyName("haugen")
                .dateOfBirth(LocalDate.of(1975, 5, 17))
                .phoneNumber("+47 912 34 501")
                .build(),
            Country.NO);

    assertEquals("Ingrid Haugen", only(result).fullName());
    assertEquals(
        "familyName=haugen&dateOfBirth=1975-05-17&phoneNumber=%2B47%20912%2034%20501"
            + "&sourceCountry=NO",
        sandbox.lastRecordedRequest().orElseThrow().rawQuery());
  }

  @Test
  void aNameAloneFindsBothSvenSvenssons() {
    PersonSearchResult result = persons.search("Sven", "Svensson", null, Country.SE);

    assertEquals(
        List.of("Stockholm", "Göteborg"),
        result.persons().stream().map(hit -> hit.person().addressList().get(0).city()).toList());
  }

  @Test
  void findsByLegalIdAndDecodesTheFieldsSvenLacks() {
    Person maria = only(persons.searchByLegalId("199004178928", Country.SE));

    assertEquals(2, maria.addressList().size());
    Person.Address postal = maria.addressList().get(1);
    assertEquals("Postal", postal.type());
    assertTrue(postal.careOf().startsWith("c/o "), postal.careOf());
    assertTrue(maria.phoneList().get(0).telemarketingRestriction());

    Person anna = only(persons.searchByLegalId("198506234569", Country.SE));
    Person.Address storgatan = anna.addressList().get(0);
    assertEquals("B", storgatan.entrance());
    assertEquals("1102", storgatan.apartment());
    assertEquals("1", storgatan.floor());
    assertEquals(2, anna.phoneList().size());

    Person karin = only(persons.searchByLegalId("195201302261", Country.SE));
    assertTrue(karin.directMarketingRestriction());
    assertTrue(karin.phoneList().get(0).secretPhoneNumber());

    Person erik = only(persons.searchByLegalId("193808084036", Country.SE));
    assertTrue(erik.deceased());
    assertEquals("2021-12-01", erik.dateOfDeath());
  }

  @Test
  void nobodyFoundIsAnEmptyList() {
    PersonSearchResult result = persons.search("Nobody", "Nowhere", null, Country.FI);

    assertEquals(List.of(), result.persons());
  }

  @Test
  void aSearchWithoutCriteriaIsAValidationErrorWithSubErrors() {
    BisnodeApiException e =
        assertThrows(
            BisnodeApiException.class,
            () -> persons.search(null, null, null, null, null, null, null, null, null, Country.SE));

    assertEquals(400, e.status());
    BisnodeError error = e.error().orElseThrow();
    assertEquals("BAD_REQUEST", error.statusText());
    assertEquals(1, error.subErrors().size());
    BisnodeError.SubError sub = error.subErrors().get(0);
    assertEquals("PersonSearchRequest", sub.object());
    assertEquals("firstName", sub.field());
    assertTrue(sub.message().contains("at least one of"), sub.message());
  }

  @Test
  void matchesThreeQueriesInOrderWithEachStatus() {
    PersonMatchResult result =
        persons.match(
            PersonMatchRequest.of(
                PersonMatchRequest.Query.in(
                    Country.NO,
                    PersonCriteria.builder().firstName("Ingrid").familyName("Haugen").build()),
                PersonMatchRequest.Query.in(
                    Country.SE,
                    PersonCriteria.builder().firstName("Sven").familyName("Svensson").build()),
                PersonMatchRequest.Query.in(
                    Country.FI, PersonCriteria.builder().familyName("Nobody").build())));

    assertEquals(3, result.matches().size());
    PersonMatchResult.Match ingrid = result.matches().get(0);
    assertTrue(ingrid.isMatch());
    assertEquals(1, ingrid.matchCount());
    assertEquals("17057514051", ingrid.person().legalId().value());
    assertEquals("Karl Johans gate", ingrid.person().addressList().get(0).streetName());

    PersonMatchResult.Match svens = result.matches().get(1);
    assertEquals(PersonMatchResult.Match.MULTIPLE, svens.matchStatus());
    assertEquals(2, svens.matchCount());
    assertNull(svens.person());

    PersonMatchResult.Match nobody = result.matches().get(2);
    assertEquals(PersonMatchResult.Match.NO_MATCH, nobody.matchStatus());
    assertEquals(0, nobody.matchCount());
    assertNull(nobody.person());
    assertFalse(nobody.isMatch());
  }

  @Test
  void matchSendsTheQueriesInTheBodyWithoutNullsAndNothingInTheUrl() {
    persons.match(
        PersonMatchRequest.of(
            PersonMatchRequest.Query.in(
                Country.SE,
                PersonCriteria.builder()
                    .legalId("196103148752")
                    .dateOfBirth(LocalDate.of(1961, 3, 14))
                    .yearOfBirth(1961)
                    .build())));

    RecordedRequest request = sandbox.lastRecordedRequest().orElseThrow();
    assertEquals("POST", request.method());
    assertEquals("/consumerintelligence/person/v2/person/match", request.path());
    assertNull(request.rawQuery());
    assertTrue(request.header("Content-Type").orElseThrow().startsWith("application/json"));
    assertEquals(
        "{\"queries\":[{\"sourceCountry\":\"SE\",\"dateOfBirth\":\"1961-03-14\","
            + "\"yearOfBirth\":1961,\"legalId\":\"196103148752\"}]}",
        request.body());
  }

  @Test
  void aMatchWithoutQueriesIsAValidationError() {
    BisnodeApiException e =
        assertThrows(BisnodeApiException.class, () -> persons.match(PersonMatchRequest.of()));

    assertEquals(400, e.status());
    BisnodeError.SubError sub = e.error().orElseThrow().subErrors().get(0);
    assertEquals("PersonMatchRequest", sub.object());
    assertEquals("queries", sub.field());
  }

  private static Person only(PersonSearchResult result) {
    assertEquals(1, result.persons().size(), result.toString());
    return result.persons().get(0).person();
  }
}
