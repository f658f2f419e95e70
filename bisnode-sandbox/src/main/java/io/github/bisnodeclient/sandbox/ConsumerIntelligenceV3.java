package io.github.bisnodeclient.sandbox;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;

/**
 * Consumer Intelligence v3 ({@code /consumer-intelligence/v3}, scope {@code bci}): {@code POST
 * /markets/{market}/persons/_find}.
 */
final class ConsumerIntelligenceV3 {
  static final String BASE_PATH = "/consumer-intelligence/v3";
  static final List<String> MARKETS = List.of("se", "no", "dk", "fi");

  private final List<Person> people;

  ConsumerIntelligenceV3(List<Person> people) {
    this.people = List.copyOf(people);
  }

  /**
   * The one person the body describes: 200 with the person, 204 when nobody matches, 409 when
   * several do (narrow the query), 404 for an unknown market.
   */
  SandboxResponse find(SandboxRequest request) {
    String market = request.pathParam("market");
    if (!MARKETS.contains(market.toLowerCase(Locale.ROOT))) {
      throw new ApiError(
          404, "Unknown market '" + market + "'; markets: " + String.join(", ", MARKETS));
    }
    String country = market.toUpperCase(Locale.ROOT);
    JsonObject body = request.jsonBody();
    Validation validation = new Validation("FindPersonRequest");
    PersonCriteria criteria =
        PersonCriteria.parse(
            name -> JsonFields.string(body, name, validation, ""), country, validation, "");
    validation.throwIfInvalid();
    List<Person> found = criteria.find(people);
    if (found.isEmpty()) {
      return SandboxResponse.empty(204);
    }
    if (found.size() > 1) {
      throw new ApiError(
          409, found.size() + " persons match; add legalId, dateOfBirth or an address");
    }
    return SandboxResponse.json(200, PersonJson.person(found.get(0)));
  }
}
