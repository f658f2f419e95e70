package io.github.bisnodeclient.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The one request and the one answer every contender sends and decodes. */
final class Fixtures {
  private Fixtures() {}

  static final String CLIENT_ID = "bench-client";
  static final String CLIENT_SECRET = "bench-secret";
  static final String SCOPE = "bci";
  static final String TOKEN = "bench-token-6f1c2a9e4b7d4e0c8a3f5b2d1e9c7a60";

  static final String FIRST_NAME = "Sven";
  static final String FAMILY_NAME = "Svensson";
  static final String COUNTRY = "SE";

  /** The connection-pool size every contender gets. */
  static final int POOL = 64;

  static final String BASIC_AUTHORIZATION =
      "Basic "
          + Base64.getEncoder()
              .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));

  static final String TOKEN_FORM = "grant_type=client_credentials&scope=" + SCOPE;

  static final byte[] TOKEN_BODY =
      ("{\"access_token\":\""
              + TOKEN
              + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"bci\"}")
          .getBytes(StandardCharsets.UTF_8);

  /** Two hits, as for Sven Svensson in Sweden: 1.6 KB of UTF-8. */
  static final byte[] SEARCH_BODY =
      """
      {"persons":[{"person":{"gedi":"SE-P-7f3a91c2","legalId":"196103148752",\
      "protectedIdentity":false,"firstNames":["Sven","Henning"],"preferredFirstName":"Sven",\
      "familyName":"Svensson","fullName":"Sven Henning Svensson","gender":"MALE",\
      "dateOfBirth":"1961-03-14","yearOfBirth":1961,"deceased":false,\
      "directMarketingRestriction":false,"addressList":[{"type":"Folkbokforing",\
      "streetName":"Vasagatan","streetNumber":"9","postalCode":"11120","city":"Stockholm",\
      "country":"SE","formattedAddress":["Vasagatan 9","111 20 Stockholm"]},{"type":"Postal",\
      "streetName":"Box","streetNumber":"1234","postalCode":"11121","city":"Stockholm",\
      "country":"SE","formattedAddress":["Box 1234","111 21 Stockholm"]}],"phoneList":[\
      {"type":"MOBILE","number":"+46701740605","telemarketingRestriction":false,\
      "secretPhoneNumber":false},{"type":"LANDLINE","number":"+4687654321",\
      "telemarketingRestriction":true,"secretPhoneNumber":false}]}},{"person":{\
      "gedi":"SE-P-2b8e44d0","legalId":"197811024897","protectedIdentity":false,\
      "firstNames":["Sven","Olof"],"preferredFirstName":"Sven","familyName":"Svensson",\
      "fullName":"Sven Olof Svensson","gender":"MALE","dateOfBirth":"1978-11-02",\
      "yearOfBirth":1978,"deceased":false,"directMarketingRestriction":false,"addressList":[\
      {"type":"Folkbokforing","streetName":"Kungsgatan","streetNumber":"12",\
      "postalCode":"41119","city":"Göteborg","country":"SE","formattedAddress":[\
      "Kungsgatan 12","411 19 Göteborg"]},{"type":"Postal","streetName":"Kungsgatan",\
      "streetNumber":"12","postalCode":"41119","city":"Göteborg","country":"SE",\
      "formattedAddress":["c/o Svensson","Kungsgatan 12","411 19 Göteborg"]}],"phoneList":[\
      {"type":"MOBILE","number":"+46701740611","telemarketingRestriction":false,\
      "secretPhoneNumber":false},{"type":"LANDLINE","number":"+4631123456",\
      "telemarketingRestriction":false,"secretPhoneNumber":true}]}}]}\
      """
          .getBytes(StandardCharsets.UTF_8);

  /** Throws unless {@code result} is the decoded {@link #SEARCH_BODY}: no contender skips work. */
  static PersonSearchResult check(PersonSearchResult result) {
    if (result == null
        || result.persons().size() != 2
        || !"Göteborg".equals(result.persons().get(1).person().addressList().get(0).city())) {
      throw new IllegalStateException("unexpected search result: " + result);
    }
    return result;
  }

  /** Throws unless {@code result} is the sandbox's answer for Sven Svensson in Sweden. */
  static PersonSearchResult checkSandbox(PersonSearchResult result) {
    if (result == null || result.persons().isEmpty()) {
      throw new IllegalStateException("no hits from the sandbox");
    }
    return result;
  }
}
