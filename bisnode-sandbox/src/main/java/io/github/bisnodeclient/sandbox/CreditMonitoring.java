package io.github.bisnodeclient.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Credit Monitoring Companies v1, as Bisnode's Postman collection shows it: a portfolio of watched
 * companies per client (clients never see each other's), categories, references and the events of
 * the watched companies. Most response bodies in the collection are placeholders; where it shows a
 * shape the sandbox answers in it, and the rest (the event-code listing, the values of an event's
 * change, ids, 404 for a company check that finds nothing) is the sandbox's own design.
 */
final class CreditMonitoring {
  static final String BASE_PATH = "/credit-monitoring-companies/v1";
  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 1000;

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final List<Company> companies;
  private final SandboxClock clock;
  private final ConcurrentMap<String, Portfolio> portfolios = new ConcurrentHashMap<>();

  CreditMonitoring(List<Company> companies, SandboxClock clock) {
    this.companies = List.copyOf(companies);
    this.clock = clock;
  }

  /** Forgets every portfolio: the next request of each client starts an empty one. */
  void clear() {
    portfolios.clear();
  }

  Router register(Router router, String scope) {
    return router
        .add(BASE_PATH, "GET", "/portfolio", scope, this::portfolio)
        .add(BASE_PATH, "GET", "/portfolio/companies", scope, this::companies)
        .add(BASE_PATH, "PUT", "/portfolio/companies", scope, this::addCompanies)
        .add(BASE_PATH, "DELETE", "/portfolio/companies", scope, this::removeCompanies)
        .add(BASE_PATH, "POST", "/portfolio/company", scope, this::checkCompany)
        .add(BASE_PATH, "POST", "/portfolio/events", scope, this::events)
        .add(BASE_PATH, "GET", "/portfolio/events/category/{country}", scope, this::eventCodes)
        .add(BASE_PATH, "GET", "/portfolio/categories", scope, this::categories)
        .add(BASE_PATH, "PUT", "/portfolio/categories", scope, this::addCategory)
        .add(BASE_PATH, "PUT", "/portfolio/categories/{categoryId}", scope, this::renameCategory)
        .add(BASE_PATH, "DELETE", "/portfolio/categories/{categoryId}", scope, this::deleteCategory)
        .add(
            BASE_PATH,
            "GET",
            "/portfolio/categories/{categoryId}/companies",
            scope,
            this::categoryCompanies)
        .add(
            BASE_PATH,
            "PUT",
            "/portfolio/categories/{categoryId}/companies",
            scope,
            this::addCategoryCompanies)
        .add(
            BASE_PATH,
            "DELETE",
            "/portfolio/categories/{categoryId}/companies",
            scope,
            this::removeCategoryCompanies)
        .add(
            BASE_PATH,
            "POST",
            "/portfolio/categories/{categoryId}/companies",
            scope,
            this::categoryCompany)
        .add(
            BASE_PATH,
            "POST",
            "/portfolio/categories/{categoryId}/events",
            scope,
            this::categoryEvents)
        .add(BASE_PATH, "POST", "/references", scope, this::addReferences)
        .add(BASE_PATH, "DELETE", "/references", scope, this::removeReferences)
        .add(BASE_PATH, "DELETE", "/references/all", scope, this::removeAllReferences);
  }

  private Portfolio portfolioOf(SandboxRequest request) {
    return portfolios.computeIfAbsent(request.clientId(), id -> new Portfolio(now()));
  }

  private Instant now() {
    return clock.now().truncatedTo(ChronoUnit.SECONDS);
  }

  private static String text(Instant instant) {
    return DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  // ---- portfolio and its companies

  private SandboxResponse portfolio(SandboxRequest request) {
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      return SandboxResponse.json(
          200,
          Json.object()
              .put("status", "ACTIVE")
              .put("created", text(portfolio.created))
              .put("lastModified", text(portfolio.lastModified))
              .put("totalCompanies", portfolio.watched().size())
              .build());
    }
  }

  private SandboxResponse companies(SandboxRequest request) {
    PageQuery page = PageQuery.of(request, "page");
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      List<Portfolio.Watched> hits =
          filtered(portfolio.watched(), request, w -> w.company, w -> w.added, w -> w.order);
      JsonArray array = new JsonArray();
      page.slice(hits).forEach(w -> array.add(portfolioCompany(w)));
      return SandboxResponse.json(200, Json.object().put("companies", array).build());
    }
  }

  /** Filters by {@code rating} and {@code country}, and sorts by {@code sortBy} and direction. */
  private <T> List<T> filtered(
      List<T> items,
      SandboxRequest request,
      java.util.function.Function<T, Company> company,
      java.util.function.Function<T, Instant> added,
      java.util.function.ToLongFunction<T> order) {
    Map<String, List<String>> query = request.query();
    Validation validation = new Validation("CompanyFilter");
    String rating = first(query, "rating");
    String country = first(query, "country");
    String sortBy = first(query, "sortBy");
    String direction = first(query, "sortDirection");
    if (sortBy != null && !Set.of("ADDED_DATE", "NAME", "RATING").contains(sortBy)) {
      validation.reject("sortBy", sortBy, "must be one of ADDED_DATE, NAME, RATING");
    }
    if (direction != null && !Set.of("ASC", "DESC").contains(direction)) {
      validation.reject("sortDirection", direction, "must be one of ASC, DESC");
    }
    validation.throwIfInvalid();
    LocalDate today = today();
    Comparator<T> comparator =
        switch (sortBy == null ? "ADDED_DATE" : sortBy) {
          case "NAME" -> Comparator.comparing(t -> company.apply(t).name());
          case "RATING" ->
              Comparator.comparingInt(
                  t -> MonitoringEvents.rank(CreditFigures.of(company.apply(t), today).rating()));
          default -> Comparator.comparing(added).thenComparingLong(order);
        };
    if (!"ASC".equals(direction)) {
      comparator = comparator.reversed();
    }
    return items.stream()
        .filter(
            t ->
                rating == null || CreditFigures.of(company.apply(t), today).rating().equals(rating))
        .filter(t -> country == null || company.apply(t).country().equals(country))
        .sorted(comparator)
        .toList();
  }

  private SandboxResponse addCompanies(SandboxRequest request) {
    List<CompanyRef> refs = companyIds(request.jsonBody(), "CompanyIdsRequest");
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      JsonArray added = new JsonArray();
      JsonArray unable = new JsonArray();
      Instant now = now();
      for (CompanyRef ref : refs) {
        Company company = find(ref);
        if (company == null) {
          unable.add(ref.json());
          continue;
        }
        portfolio.watch(company, now);
        Portfolio.Watched watched = portfolio.find(company);
        JsonObject json = portfolioCompany(watched);
        // the collection's PUT answer has the rating as a plain code, and a "test" flag
        json.addProperty("rating", CreditFigures.of(company, today()).rating());
        json.addProperty("test", true);
        added.add(json);
      }
      return SandboxResponse.json(
          200, Json.object().put("companies", added).put("companiesUnableToAdd", unable).build());
    }
  }

  private SandboxResponse removeCompanies(SandboxRequest request) {
    List<CompanyRef> refs = companyIds(request.jsonBody(), "CompanyIdsRequest");
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      JsonArray removed = new JsonArray();
      Instant now = now();
      for (CompanyRef ref : refs) {
        Company company = find(ref);
        Portfolio.Watched gone = company == null ? null : portfolio.unwatch(company, now);
        if (gone != null) {
          removed.add(removal(request, gone.company, gone.added, now));
        }
      }
      return SandboxResponse.json(200, removed);
    }
  }

  private SandboxResponse checkCompany(SandboxRequest request) {
    CompanyRef ref = companyRef(request.jsonBody(), new Validation("CompanyId"), "");
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      Company company = find(ref);
      if (company == null || portfolio.find(company) == null) {
        throw new ApiError(404, "Company not in the portfolio: " + ref);
      }
      return SandboxResponse.empty(200);
    }
  }

  // ---- categories

  private SandboxResponse categories(SandboxRequest request) {
    PageQuery page = PageQuery.of(request, "number");
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      JsonArray array = new JsonArray();
      page.slice(portfolio.categories()).forEach(c -> array.add(category(c)));
      return SandboxResponse.json(200, array);
    }
  }

  private SandboxResponse addCategory(SandboxRequest request) {
    String name = categoryName(request);
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      if (portfolio.categoryNamed(name) != null) {
        throw new ApiError(400, "A category named '" + name + "' already exists in the portfolio");
      }
      if (portfolio.categories().size() >= Portfolio.MAX_CATEGORIES) {
        throw new ApiError(
            403,
            "Could not add category: the limit of "
                + Portfolio.MAX_CATEGORIES
                + " categories per portfolio has been reached");
      }
      return SandboxResponse.json(200, category(portfolio.addCategory(name, now())));
    }
  }

  private SandboxResponse renameCategory(SandboxRequest request) {
    String name = categoryName(request);
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      Portfolio.Category category = category(portfolio, request);
      Portfolio.Category same = portfolio.categoryNamed(name);
      if (same != null && same != category) {
        throw new ApiError(400, "A category named '" + name + "' already exists in the portfolio");
      }
      category.name = name;
      portfolio.lastModified = now();
      return SandboxResponse.json(200, category(category));
    }
  }

  private SandboxResponse deleteCategory(SandboxRequest request) {
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      Portfolio.Category category = category(portfolio, request);
      portfolio.removeCategory(category.id, now());
      return SandboxResponse.empty(204);
    }
  }

  private SandboxResponse categoryCompanies(SandboxRequest request) {
    PageQuery page = PageQuery.of(request, "page");
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      Portfolio.Category category = category(portfolio, request);
      List<Map.Entry<Company, Instant>> members = members(portfolio, category);
      List<Map.Entry<Company, Instant>> hits =
          filtered(
              members, request, Map.Entry::getKey, Map.Entry::getValue, e -> members.indexOf(e));
      JsonArray array = new JsonArray();
      page.slice(hits)
          .forEach(e -> array.add(categoryCompany(portfolio, e.getKey(), e.getValue())));
      int totalPages = page.size() == 0 ? 0 : (hits.size() + page.size() - 1) / page.size();
      return SandboxResponse.json(
          200,
          Json.object()
              .put("companies", array)
              .put("totalCompanies", hits.size())
              .put("currentPage", page.number())
              .put("totalPages", totalPages)
              .build());
    }
  }

  private SandboxResponse addCategoryCompanies(SandboxRequest request) {
    List<CompanyRef> refs = companyIds(request.jsonBody(), "CompanyIdsRequest");
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      Portfolio.Category category = category(portfolio, request);
      JsonArray added = new JsonArray();
      JsonArray unable = new JsonArray();
      Instant now = now();
      for (CompanyRef ref : refs) {
        Company company = find(ref);
        if (company == null) {
          unable.add(ref.json());
          continue;
        }
        // a company put in a category is watched too: a category groups portfolio companies
        portfolio.watch(company, now);
        category.companies.putIfAbsent(Portfolio.key(company), now);
        added.add(
            categoryCompany(portfolio, company, category.companies.get(Portfolio.key(company))));
      }
      portfolio.lastModified = now;
      return SandboxResponse.json(
          unable.isEmpty() ? 200 : 207,
          Json.object().put("companies", added).put("companiesUnableToAdd", unable).build());
    }
  }

  private SandboxResponse removeCategoryCompanies(SandboxRequest request) {
    List<CompanyRef> refs = companyIds(request.jsonBody(), "CompanyIdsRequest");
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      Portfolio.Category category = category(portfolio, request);
      JsonArray removed = new JsonArray();
      Instant now = now();
      for (CompanyRef ref : refs) {
        Company company = find(ref);
        Instant added = company == null ? null : category.companies.remove(Portfolio.key(company));
        if (added != null) {
          removed.add(removal(request, company, added, now));
        }
      }
      portfolio.lastModified = now;
      return SandboxResponse.json(200, removed);
    }
  }

  private SandboxResponse categoryCompany(SandboxRequest request) {
    CompanyRef ref = companyRef(request.jsonBody(), new Validation("CompanyId"), "");
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      Portfolio.Category category = category(portfolio, request);
      Company company = find(ref);
      Instant added = company == null ? null : category.companies.get(Portfolio.key(company));
      if (company == null || added == null) {
        throw new ApiError(404, "Company not in category " + category.id + ": " + ref);
      }
      return SandboxResponse.json(200, categoryCompany(portfolio, company, added));
    }
  }

  // ---- events

  private SandboxResponse events(SandboxRequest request) {
    JsonObject body = request.jsonBody();
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      List<Company> watched = portfolio.watched().stream().map(w -> w.company).toList();
      return events(body, portfolio, watched);
    }
  }

  private SandboxResponse categoryEvents(SandboxRequest request) {
    JsonObject body = request.jsonBody();
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      Portfolio.Category category = category(portfolio, request);
      List<Company> members = members(portfolio, category).stream().map(Map.Entry::getKey).toList();
      return events(body, portfolio, members);
    }
  }

  private SandboxResponse events(JsonObject body, Portfolio portfolio, List<Company> watched) {
    EventQuery query = EventQuery.parse(body, now());
    List<MonitoringEvents.Event> hits = new ArrayList<>();
    LocalDate today = today();
    for (Company company : watched) {
      for (MonitoringEvents.Event event : MonitoringEvents.of(company, today)) {
        if (query.matches(event)) {
          hits.add(event);
        }
      }
    }
    Comparator<MonitoringEvents.Event> order =
        query.sortBy().equals("REGISTRATION_DATE")
            ? Comparator.comparing(MonitoringEvents.Event::registrationDate)
                .thenComparing(MonitoringEvents.Event::eventDate)
            : Comparator.comparing(MonitoringEvents.Event::eventDate);
    order = order.thenComparing(MonitoringEvents.Event::id);
    hits.sort(query.ascending() ? order : order.reversed());
    JsonArray content = new JsonArray();
    hits.stream()
        .skip((long) query.number() * query.size())
        .limit(query.size())
        .forEach(e -> content.add(event(portfolio, e, query.language())));
    JsonObject page =
        Json.object()
            .put("content", content)
            .put("totalPages", (hits.size() + query.size() - 1) / query.size())
            .put("currentPage", query.number())
            .put("totalEvents", hits.size())
            .build();
    JsonObject filters =
        Json.object()
            .put("eventCategory", counts(hits, MonitoringEvents.Event::category))
            .put("country", counts(hits, e -> e.company().country()))
            .build();
    return SandboxResponse.json(
        200, Json.object().put("page", page).put("filters", filters).build());
  }

  private static JsonArray counts(
      List<MonitoringEvents.Event> events,
      java.util.function.Function<MonitoringEvents.Event, String> by) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    events.forEach(e -> counts.merge(by.apply(e), 1L, Long::sum));
    JsonArray array = new JsonArray();
    counts.forEach(
        (value, count) -> array.add(Json.object().put("value", value).put("count", count).build()));
    return array;
  }

  private SandboxResponse eventCodes(SandboxRequest request) {
    String country = request.pathParam("country");
    Validation validation = new Validation("EventCodesRequest");
    if (!CompanySearch.COUNTRIES.contains(country)) {
      validation.reject("country", country, "must be one of SE, FI, DK, NO");
    }
    List<String> wanted = request.query().getOrDefault("eventCategories", List.of());
    for (String category : wanted) {
      if (!MonitoringEvents.CATALOGUE.containsKey(category)) {
        validation.reject(
            "eventCategories",
            category,
            "must be one of " + String.join(", ", MonitoringEvents.CATALOGUE.keySet()));
      }
    }
    validation.throwIfInvalid();
    JsonArray categories = new JsonArray();
    MonitoringEvents.CATALOGUE.forEach(
        (category, codes) -> {
          if (!wanted.isEmpty() && !wanted.contains(category)) {
            return;
          }
          JsonArray array = new JsonArray();
          codes.forEach(
              (code, description) ->
                  array.add(
                      Json.object().put("code", code).put("description", description).build()));
          categories.add(
              Json.object().put("eventCategory", category).put("eventCodes", array).build());
        });
    return SandboxResponse.json(200, Json.object().put("eventCategories", categories).build());
  }

  // ---- references

  private SandboxResponse addReferences(SandboxRequest request) {
    Map<Company, List<String>> changes = references(request.jsonBody());
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      changes.forEach((company, refs) -> watched(portfolio, company).references.addAll(refs));
      portfolio.lastModified = now();
      return SandboxResponse.empty(200);
    }
  }

  private SandboxResponse removeReferences(SandboxRequest request) {
    Map<Company, List<String>> changes = references(request.jsonBody());
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      changes.forEach((company, refs) -> watched(portfolio, company).references.removeAll(refs));
      portfolio.lastModified = now();
      return SandboxResponse.empty(204);
    }
  }

  private SandboxResponse removeAllReferences(SandboxRequest request) {
    JsonElement body = request.json();
    if (!body.isJsonArray()) {
      throw new ApiError(400, "Malformed JSON request: expected a JSON array of companies");
    }
    Validation validation = new Validation("CompanyId");
    List<CompanyRef> refs = new ArrayList<>();
    JsonArray array = body.getAsJsonArray();
    for (int i = 0; i < array.size(); i++) {
      JsonElement element = array.get(i);
      if (element.isJsonObject()) {
        refs.add(companyRef(element.getAsJsonObject(), validation, "[" + i + "]."));
      } else {
        validation.reject("[" + i + "]", element, "must be an object");
      }
    }
    validation.throwIfInvalid();
    Portfolio portfolio = portfolioOf(request);
    synchronized (portfolio) {
      List<Portfolio.Watched> found = new ArrayList<>();
      for (CompanyRef ref : refs) {
        found.add(watched(portfolio, known(ref)));
      }
      found.forEach(w -> w.references.clear());
      portfolio.lastModified = now();
      return SandboxResponse.empty(204);
    }
  }

  private Map<Company, List<String>> references(JsonObject body) {
    Validation validation = new Validation("ReferencesRequest");
    Map<Company, List<String>> changes = new LinkedHashMap<>();
    JsonElement list = body.get("references");
    if (list == null || !list.isJsonArray() || list.getAsJsonArray().isEmpty()) {
      validation.reject("references", list, "must be a non-empty list");
      validation.throwIfInvalid();
    }
    List<Map.Entry<CompanyRef, List<String>>> parsed = new ArrayList<>();
    JsonArray array = list.getAsJsonArray();
    for (int i = 0; i < array.size(); i++) {
      String prefix = "references[" + i + "].";
      JsonElement item = array.get(i);
      if (!item.isJsonObject()
          || !item.getAsJsonObject().has("company")
          || !item.getAsJsonObject().get("company").isJsonObject()) {
        validation.reject(prefix + "company", item, "must not be null");
        continue;
      }
      CompanyRef ref =
          companyRef(
              item.getAsJsonObject().getAsJsonObject("company"), validation, prefix + "company.");
      List<String> refs = new ArrayList<>();
      JsonElement values = item.getAsJsonObject().get("references");
      if (values == null || !values.isJsonArray() || values.getAsJsonArray().isEmpty()) {
        validation.reject(prefix + "references", values, "must be a non-empty list");
      } else {
        for (JsonElement value : values.getAsJsonArray()) {
          if (value.isJsonPrimitive() && !value.getAsString().isBlank()) {
            refs.add(value.getAsString());
          } else {
            validation.reject(prefix + "references", value, "must be non-blank text");
          }
        }
      }
      parsed.add(Map.entry(ref, refs));
    }
    validation.throwIfInvalid();
    parsed.forEach(
        e ->
            changes
                .computeIfAbsent(known(e.getKey()), c -> new ArrayList<>())
                .addAll(e.getValue()));
    return changes;
  }

  // ---- shared pieces

  /** A company as a request names it: {@code {country, registrationNumber, duns}}. */
  record CompanyRef(String country, @Nullable String registrationNumber, @Nullable String duns) {
    JsonObject json() {
      return Json.object()
          .put("country", country)
          .put("registrationNumber", registrationNumber)
          .put("duns", duns)
          .build();
    }

    @Override
    public String toString() {
      return country + " " + (registrationNumber != null ? registrationNumber : "D-U-N-S " + duns);
    }
  }

  private static List<CompanyRef> companyIds(JsonObject body, String object) {
    Validation validation = new Validation(object);
    JsonElement ids = body.get("companyIds");
    if (ids == null || !ids.isJsonArray() || ids.getAsJsonArray().isEmpty()) {
      validation.reject("companyIds", ids, "must be a non-empty list");
      validation.throwIfInvalid();
    }
    List<CompanyRef> refs = new ArrayList<>();
    JsonArray array = ids.getAsJsonArray();
    for (int i = 0; i < array.size(); i++) {
      JsonElement item = array.get(i);
      if (item.isJsonObject()) {
        refs.add(companyRef(item.getAsJsonObject(), validation, "companyIds[" + i + "]."));
      } else {
        validation.reject("companyIds[" + i + "]", item, "must be an object");
      }
    }
    validation.throwIfInvalid();
    return refs;
  }

  private static CompanyRef companyRef(JsonObject body, Validation validation, String prefix) {
    String country = JsonFields.string(body, "country", validation, prefix);
    String number =
        PersonCriteria.blankToNull(
            JsonFields.string(body, "registrationNumber", validation, prefix));
    String duns = PersonCriteria.blankToNull(JsonFields.string(body, "duns", validation, prefix));
    if (country == null) {
      validation.reject(prefix + "country", (String) null, "must not be null");
    } else if (!CompanySearch.COUNTRIES.contains(country)) {
      validation.reject(prefix + "country", country, "must be one of SE, FI, DK, NO");
    }
    if (number == null && duns == null) {
      validation.reject(
          prefix + "registrationNumber",
          (String) null,
          "registrationNumber or duns must be supplied");
    } else if (number != null
        && country != null
        && CompanySearch.COUNTRIES.contains(country)
        && !NationalIds.isValidCompanyId(country, number)) {
      validation.reject(
          prefix + "registrationNumber",
          number,
          "is not a valid registration number in " + country);
    }
    validation.throwIfInvalid();
    return new CompanyRef(country == null ? "" : country, number, duns);
  }

  /** The sample company a reference names (the D-U-N-S number picks a site), or null. */
  private @Nullable Company find(CompanyRef ref) {
    String number =
        ref.registrationNumber() == null ? null : NationalIds.normalize(ref.registrationNumber());
    String duns = ref.duns() == null ? null : ref.duns().replaceAll("[^0-9]", "");
    return companies.stream()
        .filter(c -> c.country().equals(ref.country()))
        .filter(c -> number == null || c.normalizedRegistrationNumber().equals(number))
        .filter(c -> duns == null || c.dunsNumber().equals(duns))
        .min(Comparator.comparing((Company c) -> !c.headQuarter()))
        .orElse(null);
  }

  private Company known(CompanyRef ref) {
    Company company = find(ref);
    if (company == null) {
      throw new ApiError(404, "Company not found: " + ref);
    }
    return company;
  }

  private static Portfolio.Watched watched(Portfolio portfolio, Company company) {
    Portfolio.Watched watched = portfolio.find(company);
    if (watched == null) {
      throw new ApiError(
          404,
          "Company not in the portfolio: "
              + company.country()
              + " "
              + company.registrationNumber());
    }
    return watched;
  }

  private static Portfolio.Category category(Portfolio portfolio, SandboxRequest request) {
    String id = request.pathParam("categoryId");
    Portfolio.Category category = portfolio.category(id);
    if (category == null) {
      throw new ApiError(404, "Category not found: " + id);
    }
    return category;
  }

  private static List<Map.Entry<Company, Instant>> members(
      Portfolio portfolio, Portfolio.Category category) {
    List<Map.Entry<Company, Instant>> members = new ArrayList<>();
    for (Portfolio.Watched watched : portfolio.watched()) {
      Instant added = category.companies.get(Portfolio.key(watched.company));
      if (added != null) {
        members.add(Map.entry(watched.company, added));
      }
    }
    return members;
  }

  private static String categoryName(SandboxRequest request) {
    Validation validation = new Validation("CategoryRequest");
    String name =
        PersonCriteria.blankToNull(
            JsonFields.string(request.jsonBody(), "categoryName", validation, ""));
    if (name == null && !validation.hasErrors()) {
      validation.reject("categoryName", (String) null, "must not be blank");
    } else if (name != null && name.length() > 100) {
      validation.reject("categoryName", name, "size must be between 1 and 100");
    }
    validation.throwIfInvalid();
    return name == null ? "" : name.trim();
  }

  private static JsonObject category(Portfolio.Category category) {
    return Json.object().put("id", category.id).put("categoryName", category.name).build();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }

  private JsonObject rating(Company company, String language) {
    String code = CreditFigures.of(company, today()).rating();
    Map<String, String> texts =
        CreditReports.RATING_TEXT.getOrDefault(language, CreditReports.RATING_TEXT.get("EN"));
    return Json.object().put("code", code).put("description", texts.get(code)).build();
  }

  private JsonObject portfolioCompany(Portfolio.Watched watched) {
    Company c = watched.company;
    return Json.object()
        .put("country", c.country())
        .put("registrationNumber", c.registrationNumber())
        .put("name", c.name())
        .put("legalForm", c.legalForm().name())
        .put("rating", rating(c, "EN"))
        .put("duns", c.dunsNumber())
        .put(
            "objectReference",
            Json.object()
                .put("id", Portfolio.key(c))
                .put("references", Json.strings(watched.references)))
        .put("addedDate", text(watched.added))
        .build();
  }

  private JsonObject categoryCompany(Portfolio portfolio, Company c, Instant added) {
    Portfolio.Watched watched = portfolio.find(c);
    CreditFigures figures = CreditFigures.of(c, today());
    return Json.object()
        .put("country", c.country())
        .put("registrationNumber", c.registrationNumber())
        .put("name", c.name())
        .put("legalForm", c.legalForm().name())
        .put("rating", rating(c, "EN"))
        .put("duns", c.dunsNumber())
        .put("references", Json.strings(watched == null ? List.of() : watched.references))
        .put("addedDate", text(added))
        .put(
            "limit",
            Json.object().put("amount", figures.creditLimit()).put("currency", figures.currency()))
        .build();
  }

  private static JsonObject removal(SandboxRequest request, Company c, Instant added, Instant now) {
    return Json.object()
        .put("referrerId", request.clientId())
        .put("country", c.country())
        .put("registrationNumber", c.registrationNumber())
        .put("addedDate", text(added))
        .put("removedDate", text(now))
        .build();
  }

  private JsonObject event(Portfolio portfolio, MonitoringEvents.Event e, String language) {
    Company c = e.company();
    Portfolio.Watched watched = portfolio.find(c);
    Json details =
        Json.object()
            .put(
                "type",
                Json.object()
                    .put("code", e.code())
                    .put("category", e.category())
                    .put("description", MonitoringEvents.description(e.code())))
            .put("description", MonitoringEvents.description(e.code()));
    if (e.oldValue() != null || e.newValue() != null) {
      details.put(
          "change",
          Json.object()
              .put("oldValue", Json.object().put("type", "PLAIN").put("value", e.oldValue()))
              .put("newValue", Json.object().put("type", "PLAIN").put("value", e.newValue())));
    }
    if (e.amount() != null) {
      details.put("amount", Json.object().put("value", e.amount()).put("currency", e.currency()));
    }
    return Json.object()
        .put("id", e.id())
        .put("eventDate", DATE_TIME.format(e.eventDate()))
        .put("registrationDate", e.registrationDate().toString())
        .put(
            "companyInformation",
            Json.object()
                .put("country", c.country())
                .put("registrationNumber", c.registrationNumber())
                .put("name", c.name())
                .put("rating", rating(c, language))
                .put("duns", c.dunsNumber())
                .put("references", Json.strings(watched == null ? List.of() : watched.references)))
        .put("details", details)
        .build();
  }

  private static @Nullable String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Zero-based paging from the query: {@code page} (companies) or {@code number} (categories). */
  record PageQuery(int number, int size) {
    static PageQuery of(SandboxRequest request, String numberName) {
      Map<String, List<String>> query = request.query();
      Validation validation = new Validation("PageRequest");
      int number = integer(query, numberName, 0, validation);
      int size = integer(query, "size", DEFAULT_SIZE, validation);
      if (number < 0) {
        validation.reject(numberName, new JsonPrimitive(number), "must be 0 or more");
      }
      if (size < 1 || size > MAX_SIZE) {
        validation.reject("size", new JsonPrimitive(size), "must be between 1 and " + MAX_SIZE);
      }
      validation.throwIfInvalid();
      return new PageQuery(number, size);
    }

    private static int integer(
        Map<String, List<String>> query, String name, int otherwise, Validation validation) {
      String text = first(query, name);
      if (text == null || text.isEmpty()) {
        return otherwise;
      }
      try {
        return Integer.parseInt(text.trim());
      } catch (NumberFormatException e) {
        validation.reject(name, text, "must be a whole number");
        return otherwise;
      }
    }

    <T> List<T> slice(List<T> all) {
      long from = (long) number * size;
      if (from >= all.size()) {
        return List.of();
      }
      return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }
  }

  /**
   * An events request: {@code startDate, endDate, eventFilters, countries, language, page,
   * sorting}.
   */
  record EventQuery(
      LocalDateTime start,
      LocalDateTime end,
      Map<String, Set<String>> codes,
      List<Predicate<MonitoringEvents.Event>> restrictions,
      Set<String> countries,
      String language,
      int number,
      int size,
      String sortBy,
      boolean ascending) {

    private static final String OBJECT = "EventsRequest";

    boolean matches(MonitoringEvents.Event e) {
      if (e.eventDate().isBefore(start) || e.eventDate().isAfter(end)) {
        return false;
      }
      if (!countries.isEmpty() && !countries.contains(e.company().country())) {
        return false;
      }
      if (!codes.isEmpty()) {
        Set<String> wanted = codes.get(e.category());
        if (wanted == null || (!wanted.isEmpty() && !wanted.contains(e.code()))) {
          return false;
        }
      }
      return restrictions.stream().allMatch(r -> r.test(e));
    }

    static EventQuery parse(JsonObject body, Instant now) {
      Validation validation = new Validation(OBJECT);
      LocalDateTime nowLocal = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
      LocalDateTime end = dateTime(body, "endDate", validation);
      LocalDateTime start = dateTime(body, "startDate", validation);
      end = end == null ? nowLocal : end;
      start = start == null ? end.minusYears(1) : start;
      if (start.isAfter(end)) {
        validation.reject("startDate", body.get("startDate"), "must not be after endDate");
      }
      Map<String, Set<String>> codes = new LinkedHashMap<>();
      List<Predicate<MonitoringEvents.Event>> restrictions = new ArrayList<>();
      JsonElement filters = body.get("eventFilters");
      if (filters != null && !filters.isJsonNull()) {
        if (!filters.isJsonArray()) {
          validation.reject("eventFilters", filters, "must be a list");
        } else {
          JsonArray array = filters.getAsJsonArray();
          for (int i = 0; i < array.size(); i++) {
            filter(array.get(i), "eventFilters[" + i + "].", codes, restrictions, validation);
          }
        }
      }
      Set<String> countries = new java.util.LinkedHashSet<>();
      JsonElement list = body.get("countries");
      if (list != null && list.isJsonArray()) {
        for (JsonElement country : list.getAsJsonArray()) {
          String text = country.isJsonPrimitive() ? country.getAsString() : "";
          if (!CompanySearch.COUNTRIES.contains(text)) {
            validation.reject("countries", country, "must be one of SE, FI, DK, NO");
          }
          countries.add(text);
        }
      } else if (list != null && !list.isJsonNull()) {
        validation.reject("countries", list, "must be a list");
      }
      String language = JsonFields.string(body, "language", validation, "");
      String upper = language == null ? "EN" : language.toUpperCase(Locale.ROOT);
      if (!CreditReports.LANGUAGES.contains(upper)) {
        validation.reject("language", language, "must be one of en, sv, no, da, fi");
      }
      int number = 0;
      int size = DEFAULT_SIZE;
      JsonElement page = body.get("page");
      if (page != null && page.isJsonObject()) {
        Integer n = JsonFields.integer(page.getAsJsonObject(), "number", validation, "page.");
        Integer s = JsonFields.integer(page.getAsJsonObject(), "size", validation, "page.");
        number = n == null ? 0 : n;
        size = s == null ? DEFAULT_SIZE : s;
        if (number < 0) {
          validation.reject("page.number", new JsonPrimitive(number), "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
          validation.reject(
              "page.size", new JsonPrimitive(size), "must be between 1 and " + MAX_SIZE);
        }
      }
      String sortBy = "EVENT_DATE";
      boolean ascending = false;
      JsonElement sorting = body.get("sorting");
      if (sorting != null && sorting.isJsonObject()) {
        String by = JsonFields.string(sorting.getAsJsonObject(), "sortBy", validation, "sorting.");
        String direction =
            JsonFields.string(sorting.getAsJsonObject(), "sortDirection", validation, "sorting.");
        if (by != null && !Set.of("EVENT_DATE", "REGISTRATION_DATE").contains(by)) {
          validation.reject("sorting.sortBy", by, "must be one of EVENT_DATE, REGISTRATION_DATE");
        } else if (by != null) {
          sortBy = by;
        }
        if (direction != null && !Set.of("ASC", "DESC").contains(direction)) {
          validation.reject("sorting.sortDirection", direction, "must be one of ASC, DESC");
        }
        ascending = "ASC".equals(direction);
      }
      validation.throwIfInvalid();
      return new EventQuery(
          start, end, codes, restrictions, countries, upper, number, size, sortBy, ascending);
    }

    private static void filter(
        JsonElement element,
        String prefix,
        Map<String, Set<String>> codes,
        List<Predicate<MonitoringEvents.Event>> restrictions,
        Validation validation) {
      if (!element.isJsonObject()) {
        validation.reject(prefix.substring(0, prefix.length() - 1), element, "must be an object");
        return;
      }
      JsonObject filter = element.getAsJsonObject();
      String category = JsonFields.string(filter, "eventCategory", validation, prefix);
      if (category == null || !MonitoringEvents.CATALOGUE.containsKey(category)) {
        validation.reject(
            prefix + "eventCategory",
            category,
            "must be one of " + String.join(", ", MonitoringEvents.CATALOGUE.keySet()));
        return;
      }
      Set<String> wanted = codes.computeIfAbsent(category, c -> new java.util.LinkedHashSet<>());
      JsonElement list = filter.get("eventCodes");
      if (list != null && list.isJsonArray()) {
        for (JsonElement code : list.getAsJsonArray()) {
          String text = code.isJsonPrimitive() ? code.getAsString() : "";
          if (!MonitoringEvents.CATALOGUE.get(category).containsKey(text)) {
            validation.reject(prefix + "eventCodes", code, "is not an event code of " + category);
          }
          wanted.add(text);
        }
      }
      JsonElement restricted = filter.get("eventCodeFilter");
      if (restricted != null && restricted.isJsonArray()) {
        for (JsonElement r : restricted.getAsJsonArray()) {
          if (r.isJsonObject()) {
            restrictions.add(
                threshold(r.getAsJsonObject(), prefix + "eventCodeFilter.", validation));
          }
        }
      }
    }

    /**
     * A {@code THRESHOLD} restriction on {@code RATING_CHANGED}: only changes up to at least {@code
     * increaseThreshold}, or down to at most {@code decreaseThreshold}.
     */
    private static Predicate<MonitoringEvents.Event> threshold(
        JsonObject r, String prefix, Validation validation) {
      String type = JsonFields.string(r, "restrictionType", validation, prefix);
      String code = JsonFields.string(r, "eventCode", validation, prefix);
      String up = JsonFields.string(r, "increaseThreshold", validation, prefix);
      String down = JsonFields.string(r, "decreaseThreshold", validation, prefix);
      if (!"THRESHOLD".equals(type)) {
        validation.reject(prefix + "restrictionType", type, "must be THRESHOLD");
      }
      for (String rating : new String[] {up, down}) {
        if (rating != null && MonitoringEvents.rank(rating) < 0) {
          validation.reject(
              prefix + "increaseThreshold", rating, "must be one of C, B, A, AA, AAA");
        }
      }
      return e -> {
        if (code == null || !code.equals(e.code()) || !e.code().equals("RATING_CHANGED")) {
          return true;
        }
        int before = MonitoringEvents.rank(e.oldValue());
        int after = MonitoringEvents.rank(e.newValue());
        boolean rise = up != null && after > before && after >= MonitoringEvents.rank(up);
        boolean fall = down != null && after < before && after <= MonitoringEvents.rank(down);
        return rise || fall;
      };
    }

    private static @Nullable LocalDateTime dateTime(
        JsonObject body, String name, Validation validation) {
      String text = JsonFields.string(body, name, validation, "");
      if (text == null) {
        return null;
      }
      try {
        return LocalDateTime.parse(text);
      } catch (DateTimeParseException e) {
        try {
          return LocalDateTime.ofInstant(OffsetDateTime.parse(text).toInstant(), ZoneOffset.UTC);
        } catch (DateTimeParseException again) {
          validation.reject(name, text, "must be a date-time such as 2024-01-09T11:34:58");
          return null;
        }
      }
    }
  }
}
