package io.github.bisnodeclient.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Consumer Intelligence v2 ({@code /consumerintelligence/person/v2}, scope {@code bci}): person
 * search by query parameters and batch match by JSON body.
 */
final class ConsumerIntelligenceV2 {
  static final String BASE_PATH = "/consumerintelligence/person/v2";
  static final int MAX_MATCH_QUERIES = 100;

  private final List<Person> people;

  ConsumerIntelligenceV2(List<Person> people) {
    this.people = List.copyOf(people);
  }

  /** {@code GET /person/search?firstName=..&sourceCountry=SE}: {@code {"persons":[{"person"}]}}. */
  SandboxResponse search(SandboxRequest request) {
    Map<String, List<String>> query = request.query();
    Validation validation = new Validation("PersonSearchRequest");
    String country = country(first(query, "sourceCountry"), validation, "sourceCountry");
    PersonCriteria criteria =
        PersonCriteria.parse(name -> first(query, name), country, validation, "");
    validation.throwIfInvalid();
    JsonArray persons = new JsonArray();
    for (Person person : criteria.find(people)) {
      persons.add(Json.object().put("person", PersonJson.person(person)).build());
    }
    return SandboxResponse.json(200, Json.object().put("persons", persons).build());
  }

  /**
   * {@code POST /person/match} with {@code {"queries":[{sourceCountry, firstName, ...}]}}: one
   * {@code {"matchStatus", "matchCount", "person"?}} per query, in order.
   */
  SandboxResponse match(SandboxRequest request) {
    JsonObject body = request.jsonBody();
    Validation validation = new Validation("PersonMatchRequest");
    JsonElement queries = body.get("queries");
    if (queries == null || !queries.isJsonArray()) {
      validation.reject("queries", queries, "must be a list of queries");
      validation.throwIfInvalid();
    }
    JsonArray list = queries.getAsJsonArray();
    if (list.isEmpty() || list.size() > MAX_MATCH_QUERIES) {
      validation.reject(
          "queries",
          new JsonPrimitive(list.size()),
          "size must be between 1 and " + MAX_MATCH_QUERIES);
      validation.throwIfInvalid();
    }
    List<PersonCriteria> criteria = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String prefix = "queries[" + i + "].";
      if (!list.get(i).isJsonObject()) {
        validation.reject("queries[" + i + "]", list.get(i), "must be an object");
        continue;
      }
      JsonObject query = list.get(i).getAsJsonObject();
      String country =
          country(
              JsonFields.string(query, "sourceCountry", validation, prefix),
              validation,
              prefix + "sourceCountry");
      criteria.add(
          PersonCriteria.parse(
              name -> JsonFields.string(query, name, validation, prefix),
              country,
              validation,
              prefix));
    }
    validation.throwIfInvalid();
    JsonArray matches = new JsonArray();
    for (PersonCriteria c : criteria) {
      List<Person> found = c.find(people);
      String status = found.isEmpty() ? "NO_MATCH" : found.size() == 1 ? "MATCH" : "MULTIPLE";
      matches.add(
          Json.object()
              .put("matchStatus", status)
              .put("matchCount", found.size())
              .put("person", found.size() == 1 ? PersonJson.person(found.get(0)) : null)
              .build());
    }
    return SandboxResponse.json(200, Json.object().put("matches", matches).build());
  }

  /** A required {@code sourceCountry}: SE, NO, DK or FI, in upper case as the enum is. */
  static @Nullable String country(@Nullable String value, Validation validation, String field) {
    if (value == null || value.isBlank()) {
      validation.reject(field, (String) null, "must not be null; one of SE, NO, DK, FI");
      return null;
    }
    if (!PersonCriteria.COUNTRIES.contains(value)) {
      validation.reject(field, value, "must be one of SE, NO, DK, FI");
      return null;
    }
    return value;
  }

  private static @Nullable String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
