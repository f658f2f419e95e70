package io.github.bisnodeclient.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Credit data companies v2 search, {@code POST /companies}, as its swagger describes: a required
 * {@code country}, one of {@code registrationNumber}, {@code dunsNumber} or {@code name}, and
 * paging by {@code offset} and {@code limit}.
 */
final class CompanySearch {
  static final List<String> COUNTRIES = List.of("SE", "FI", "DK", "NO");
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 200;
  static final int MAX_WINDOW = 10_000;
  private static final String OBJECT = "SearchRequest";

  private final List<Company> companies;

  CompanySearch(List<Company> companies) {
    this.companies = List.copyOf(companies);
  }

  private record Query(
      String country,
      @Nullable String name,
      @Nullable String registrationNumber,
      @Nullable String dunsNumber,
      boolean includeInactive,
      boolean includeBranches,
      @Nullable String street,
      @Nullable String town,
      @Nullable String postalCode,
      @Nullable String countryCode) {}

  SandboxResponse search(SandboxRequest request) {
    JsonObject body = request.jsonBody();
    Validation validation = new Validation(OBJECT);
    String country = JsonFields.string(body, "country", validation, "");
    if (country == null) {
      validation.reject("country", (String) null, "must not be null");
    } else if (!COUNTRIES.contains(country)) {
      validation.reject("country", country, "must be one of SE, FI, DK, NO");
    }
    String name = PersonCriteria.blankToNull(JsonFields.string(body, "name", validation, ""));
    String registrationNumber =
        PersonCriteria.blankToNull(JsonFields.string(body, "registrationNumber", validation, ""));
    String dunsNumber =
        PersonCriteria.blankToNull(JsonFields.string(body, "dunsNumber", validation, ""));
    if (name == null && registrationNumber == null && dunsNumber == null) {
      validation.reject(
          "name", (String) null, "Either registrationNumber, dunsNumber or name must be supplied");
    }
    Integer offset = JsonFields.integer(body, "offset", validation, "");
    Integer limit = JsonFields.integer(body, "limit", validation, "");
    int from = offset == null ? 0 : offset;
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (from < 0 || from > MAX_WINDOW) {
      validation.reject("offset", new JsonPrimitive(from), "must be between 0 and " + MAX_WINDOW);
    }
    if (size < 0 || size > MAX_LIMIT) {
      validation.reject("limit", new JsonPrimitive(size), "must be between 0 and " + MAX_LIMIT);
    } else if (from >= 0 && from + size > MAX_WINDOW) {
      validation.reject(
          "limit", new JsonPrimitive(size), "limit + offset can not exceed " + MAX_WINDOW);
    }
    Boolean inactive = JsonFields.bool(body, "includeInactive", validation, "");
    Boolean branches = JsonFields.bool(body, "includeBranches", validation, "");
    String street = null;
    String town = null;
    String postalCode = null;
    String countryCode = null;
    JsonElement address = body.get("address");
    if (address != null && !address.isJsonNull()) {
      if (address.isJsonObject()) {
        JsonObject a = address.getAsJsonObject();
        street = PersonCriteria.blankToNull(JsonFields.string(a, "street", validation, "address."));
        town = PersonCriteria.blankToNull(JsonFields.string(a, "town", validation, "address."));
        postalCode =
            PersonCriteria.blankToNull(JsonFields.string(a, "postalCode", validation, "address."));
        countryCode =
            PersonCriteria.blankToNull(JsonFields.string(a, "countryCode", validation, "address."));
      } else {
        validation.reject("address", address, "must be an object");
      }
    }
    validation.throwIfInvalid();

    Query query =
        new Query(
            country,
            name,
            registrationNumber,
            dunsNumber,
            Boolean.TRUE.equals(inactive),
            Boolean.TRUE.equals(branches),
            street,
            town,
            postalCode,
            countryCode);
    List<Company> hits =
        companies.stream().filter(c -> matches(query, c)).sorted(bestFirst(query)).toList();
    JsonArray page = new JsonArray();
    hits.stream().skip(from).limit(size).forEach(c -> page.add(overview(c)));
    JsonObject paging =
        Json.object()
            .put("resultCount", hits.size())
            .put("limit", size)
            .put("offset", from)
            .build();
    return SandboxResponse.json(
        200, Json.object().put("companies", page).put("_paging", paging).build());
  }

  /** A company as the search lists it: the swagger's {@code CompanyOverview}. */
  static JsonObject overview(Company company) {
    return Json.object()
        .put("name", company.name())
        .put("country", company.country())
        .put("registrationNumber", company.registrationNumber())
        .put("dunsNumber", company.dunsNumber())
        .put("active", company.active())
        .put("headQuarter", company.headQuarter())
        .put("address", address(company))
        .put("legalForm", company.legalForm().name())
        .build();
  }

  /** {@code StreetAddress}, with the same fields as the search request's {@code address}. */
  static JsonObject address(Company company) {
    return Json.object()
        .put("street", company.street())
        .put("postalCode", company.postalCode())
        .put("town", company.town())
        .put("countryCode", company.country())
        .build();
  }

  private static boolean matches(Query q, Company c) {
    if (!c.country().equals(q.country())) {
      return false;
    }
    if (!q.includeInactive() && !c.active()) {
      return false;
    }
    if (!q.includeBranches() && !c.headQuarter()) {
      return false;
    }
    if (q.registrationNumber() != null
        && !NationalIds.normalize(q.registrationNumber())
            .equals(c.normalizedRegistrationNumber())) {
      return false;
    }
    if (q.dunsNumber() != null && !q.dunsNumber().replaceAll("[^0-9]", "").equals(c.dunsNumber())) {
      return false;
    }
    if (q.name() != null && !nameMatches(q.name(), c.name())) {
      return false;
    }
    if (q.street() != null && !lower(c.street()).contains(lower(q.street()))) {
      return false;
    }
    if (q.town() != null && !lower(c.town()).equals(lower(q.town()))) {
      return false;
    }
    if (q.postalCode() != null && !q.postalCode().replaceAll("\\s", "").equals(c.postalCode())) {
      return false;
    }
    return q.countryCode() == null || q.countryCode().equalsIgnoreCase(c.country());
  }

  /** Every word of the query starts a word of the name: "norr mjuk" finds Norrsken Mjukvara AB. */
  private static boolean nameMatches(String query, String name) {
    List<String> words = Arrays.asList(lower(name).split("[\\s&/,.]+", -1));
    for (String wanted : lower(query).split("[\\s&/,.]+", -1)) {
      if (!wanted.isEmpty() && words.stream().noneMatch(w -> w.startsWith(wanted))) {
        return false;
      }
    }
    return true;
  }

  /** Exact name first, then names starting with the query; headquarters before branches. */
  private static Comparator<Company> bestFirst(Query q) {
    return Comparator.<Company>comparingInt(
            c -> {
              if (q.name() == null) {
                return 0;
              }
              String name = lower(c.name());
              String wanted = lower(q.name().trim());
              return name.equals(wanted) ? 0 : name.startsWith(wanted) ? 1 : 2;
            })
        .thenComparing(c -> !c.headQuarter())
        .thenComparing(c -> lower(c.name()))
        .thenComparing(Company::dunsNumber);
  }

  private static String lower(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }
}
