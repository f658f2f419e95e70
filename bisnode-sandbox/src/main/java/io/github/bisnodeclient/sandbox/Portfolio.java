package io.github.bisnodeclient.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One client's Credit Monitoring portfolio: the watched companies with their references, and the
 * categories that group them. Not thread-safe by itself: {@link CreditMonitoring} holds its lock
 * for each request, so that a request sees and leaves a consistent portfolio.
 */
final class Portfolio {
  /** The most categories a portfolio holds, as Bisnode's sandbox answers (403 beyond). */
  static final int MAX_CATEGORIES = 10;

  /** A watched company. {@code order} keeps additions made in the same instant in order. */
  static final class Watched {
    final Company company;
    final Instant added;
    final long order;
    final Set<String> references = new LinkedHashSet<>();

    Watched(Company company, Instant added, long order) {
      this.company = company;
      this.added = added;
      this.order = order;
    }
  }

  /** A category: a name, and the watched companies in it with when each was added to it. */
  static final class Category {
    final String id;
    String name;
    final Map<String, Instant> companies = new LinkedHashMap<>();

    Category(String id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  final Instant created;
  Instant lastModified;
  private final Map<String, Watched> watched = new LinkedHashMap<>();
  private final Map<String, Category> categories = new LinkedHashMap<>();
  private long sequence;

  Portfolio(Instant created) {
    this.created = created;
    this.lastModified = created;
  }

  /** The key of a company in the portfolio: its country and registration number. */
  static String key(Company company) {
    return company.country() + ":" + company.normalizedRegistrationNumber();
  }

  /** Adds a company, or leaves one already watched as it is; true if it was added. */
  boolean watch(Company company, Instant now) {
    if (watched.containsKey(key(company))) {
      return false;
    }
    watched.put(key(company), new Watched(company, now, sequence++));
    lastModified = now;
    return true;
  }

  /** Removes a company from the portfolio and from every category; null if it was not watched. */
  @Nullable Watched unwatch(Company company, Instant now) {
    Watched removed = watched.remove(key(company));
    if (removed != null) {
      categories.values().forEach(c -> c.companies.remove(key(company)));
      lastModified = now;
    }
    return removed;
  }

  @Nullable Watched find(Company company) {
    return watched.get(key(company));
  }

  List<Watched> watched() {
    return new ArrayList<>(watched.values());
  }

  List<Category> categories() {
    return new ArrayList<>(categories.values());
  }

  @Nullable Category category(String id) {
    return categories.get(id);
  }

  @Nullable Category categoryNamed(String name) {
    return categories.values().stream()
        .filter(c -> c.name.equalsIgnoreCase(name))
        .findFirst()
        .orElse(null);
  }

  Category addCategory(String name, Instant now) {
    String id = "category-" + sequence++;
    Category category = new Category(id, name);
    categories.put(id, category);
    lastModified = now;
    return category;
  }

  boolean removeCategory(String id, Instant now) {
    boolean removed = categories.remove(id) != null;
    if (removed) {
      lastModified = now;
    }
    return removed;
  }
}
