package io.github.bisnodeclient.sandbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The events Credit Monitoring reports on watched companies, derived from the sample companies: the
 * same company always has the same events, dated relative to the sandbox's today, so that a date
 * window finds them. The catalogue of categories and codes is the sandbox's own (Bisnode's
 * collection names {@code INSOLVENCY_INACTIVITY/BANKRUPT}, {@code RISK/RATING_CHANGED} and {@code
 * BASIC_INFORMATION/NAME_CHANGED, ACTIVE_CHANGED}; the rest is made up in the same style).
 */
final class MonitoringEvents {
  /** Event codes by category, in the order {@code GET /portfolio/events/category} lists them. */
  static final Map<String, Map<String, String>> CATALOGUE = catalogue();

  /** One event on one company. Values are text; {@code amount} is in {@code currency}. */
  record Event(
      String id,
      Company company,
      String category,
      String code,
      LocalDateTime eventDate,
      LocalDate registrationDate,
      @Nullable String oldValue,
      @Nullable String newValue,
      @Nullable Long amount,
      @Nullable String currency) {}

  private static final List<String> RATINGS = List.of("C", "B", "A", "AA", "AAA");

  private MonitoringEvents() {}

  private static Map<String, Map<String, String>> catalogue() {
    Map<String, Map<String, String>> codes = new LinkedHashMap<>();
    codes.put(
        "BASIC_INFORMATION",
        ordered(
            "NAME_CHANGED", "The company's name changed",
            "ADDRESS_CHANGED", "The company's address changed",
            "ACTIVE_CHANGED", "The company became active or inactive"));
    codes.put(
        "RISK",
        ordered(
            "RATING_CHANGED", "The company's rating changed",
            "CREDIT_LIMIT_CHANGED", "The company's credit limit changed"));
    codes.put("FINANCE", ordered("ANNUAL_REPORT_FILED", "An annual report was filed"));
    codes.put("MANAGEMENT", ordered("BOARD_CHANGED", "The board changed"));
    codes.put(
        "INSOLVENCY_INACTIVITY",
        ordered(
            "BANKRUPT", "The company was declared bankrupt",
            "DEREGISTERED", "The company was deregistered"));
    return codes;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** The category of a code, or null for an unknown code. */
  static @Nullable String categoryOf(String code) {
    for (Map.Entry<String, Map<String, String>> entry : CATALOGUE.entrySet()) {
      if (entry.getValue().containsKey(code)) {
        return entry.getKey();
      }
    }
    return null;
  }

  static String description(String code) {
    String category = categoryOf(code);
    return category == null ? code : CATALOGUE.get(category).get(code);
  }

  /** The rank of a rating, {@code C} 0 to {@code AAA} 4; -1 for none. */
  static int rank(@Nullable String rating) {
    return rating == null ? -1 : RATINGS.indexOf(rating);
  }

  /**
   * A company's events within the last year before {@code today}: four for an active company
   * (rating, credit limit, annual report, board), and for an inactive one its deactivation and
   * deregistration instead of the rating and credit limit.
   */
  static List<Event> of(Company company, LocalDate today) {
    CreditFigures figures = CreditFigures.of(company, today);
    Random random =
        new Random(
            company.normalizedRegistrationNumber().hashCode() * 17L + company.country().hashCode());
    List<Event> events = new ArrayList<>();
    String base = company.country() + "-" + company.normalizedRegistrationNumber() + "-";
    if (company.active()) {
      int now = Math.max(0, rank(figures.rating()));
      int before =
          now == 0
              ? 1
              : now == RATINGS.size() - 1 ? now - 1 : now + (random.nextBoolean() ? 1 : -1);
      events.add(
          event(
              base + "1",
              company,
              "RATING_CHANGED",
              today,
              random,
              RATINGS.get(before),
              figures.rating(),
              null,
              null));
      long limit = figures.creditLimit();
      events.add(
          event(
              base + "2",
              company,
              "CREDIT_LIMIT_CHANGED",
              today,
              random,
              Long.toString(limit * 4 / 5),
              Long.toString(limit),
              limit,
              figures.currency()));
    } else {
      events.add(
          event(
              base + "1",
              company,
              "ACTIVE_CHANGED",
              today,
              random,
              "ACTIVE",
              "INACTIVE",
              null,
              null));
      events.add(event(base + "2", company, "DEREGISTERED", today, random, null, null, null, null));
    }
    events.add(
        event(
            base + "3",
            company,
            "ANNUAL_REPORT_FILED",
            today,
            random,
            null,
            Integer.toString(today.getYear() - 1),
            null,
            null));
    events.add(event(base + "4", company, "BOARD_CHANGED", today, random, null, null, null, null));
    return events;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static Event event(
      String id,
      Company company,
      String code,
      LocalDate today,
      Random random,
      @Nullable String oldValue,
      @Nullable String newValue,
      @Nullable Long amount,
      @Nullable String currency) {
    LocalDateTime date = today.minusDays(1 + random.nextInt(360)).atTime(6 + random.nextInt(12), 0);
    String category = categoryOf(code);
    return new Event(
        id,
        company,
        category == null ? "OTHER" : category,
        code,
        date,
        min(date.toLocalDate().plusDays(random.nextInt(4)), today),
        oldValue,
        newValue,
        amount,
        currency);
  }
}
