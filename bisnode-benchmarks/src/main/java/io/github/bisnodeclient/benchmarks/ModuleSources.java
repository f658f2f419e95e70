package io.github.bisnodeclient.benchmarks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ordinary code of the "realistic module" {@link CompileCost} compiles beside its 20 API
 * interfaces: {@link #TYPES} types an application keeps next to its clients (records with compact
 * constructors, enums with switches, repository interfaces with default methods, a few generic
 * utilities, services that stream, group and format), the same every time. With the interfaces'
 * {@link ApiSources#MODELS} records they make 500.
 *
 * <p>The templates name what changes from one type to the next in braces: {@code {Name}} the type
 * itself, {@code {Type}} the record it handles, and so on.
 */
final class ModuleSources {
  static final int RECORDS = 140;
  static final int ENUMS = 50;
  static final int STORES = 100;
  static final int UTILITIES = 50;
  static final int SERVICES = 150;
  static final int TYPES = RECORDS + ENUMS + STORES + UTILITIES + SERVICES;

  private static final String[] STEMS = {
    "Order",
    "Customer",
    "Invoice",
    "Shipment",
    "Product",
    "Account",
    "Address",
    "Payment",
    "Review",
    "Ticket"
  };

  private static final String[] UTILITY_KINDS = {"Cache", "Page", "Result", "Ranked", "Batch"};

  private ModuleSources() {}

  /** Every source of the module by path relative to the source root, in a fixed order. */
  static Map<String, String> all() {
    Map<String, String> files = new LinkedHashMap<>();
    for (int k = 0; k < ENUMS; k++) {
      files.put("gen/app/domain/" + status(k) + ".java", enumSource(k));
    }
    for (int j = 0; j < RECORDS; j++) {
      files.put("gen/app/domain/" + record(j) + ".java", recordSource(j));
    }
    for (int p = 0; p < STORES; p++) {
      files.put("gen/app/port/" + store(p) + ".java", storeSource(p));
    }
    for (int u = 0; u < UTILITIES; u++) {
      files.put("gen/app/util/" + utility(u) + ".java", utilitySource(u));
    }
    for (int s = 0; s < SERVICES; s++) {
      files.put("gen/app/service/" + service(s) + ".java", serviceSource(s));
    }
    return files;
  }

  private static String record(int j) {
    return STEMS[j % STEMS.length] + j;
  }

  private static String noun(int j) {
    return STEMS[j % STEMS.length].toLowerCase(Locale.ROOT);
  }

  private static String status(int k) {
    return "Status" + k;
  }

  private static String store(int p) {
    return record(p) + "Store";
  }

  private static String utility(int u) {
    return UTILITY_KINDS[u % UTILITY_KINDS.length] + u;
  }

  /** A utility of {@code kind} (its index in {@link #UTILITY_KINDS}), picked by {@code n}. */
  private static String utilityOf(int kind, int n) {
    int count = UTILITIES / UTILITY_KINDS.length;
    return utility(kind + UTILITY_KINDS.length * (n % count));
  }

  private static String service(int s) {
    return record(s % STORES) + "Service" + s;
  }

  /** {@code template} with each {@code {key}} replaced by its value; keys alternate with values. */
  private static String fill(String template, String... pairs) {
    String text = template;
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      text = text.replace("{" + pairs[i] + "}", pairs[i + 1]);
    }
    return text;
  }

  private static final String ENUM =
      """
      package gen.app.domain;

      /** The life of a {noun}. */
      public enum {Name} {
        NEW,
        ACTIVE,
        SUSPENDED,
        CLOSED;

        public boolean isOpen() {
          return this == NEW || this == ACTIVE;
        }

        public String label() {
          return switch (this) {
            case NEW -> "new";
            case ACTIVE -> "active";
            case SUSPENDED -> "suspended since " + ordinal();
            case CLOSED -> "closed";
          };
        }

        public {Name} next() {
          return this == CLOSED ? CLOSED : values()[ordinal() + 1];
        }
      }
      """;

  private static String enumSource(int k) {
    return fill(ENUM, "Name", status(k), "noun", noun(k));
  }

  private static final String RECORD =
      """
      package gen.app.domain;

      import java.time.Instant;
      import java.time.LocalDate;
      import java.util.List;
      import java.util.Map;
      import java.util.Objects;

      /** A {noun} as the application keeps it. */
      public record {Name}(
          String id, String name, int count, List<String> tags, LocalDate created, {extras}) {
        public {Name} {
          Objects.requireNonNull(id, "id");
          tags = List.copyOf(tags);
      {check}  }

        public boolean notable() {
          return {notable};
        }

        public {Name} withName(String newName) {
          return new {Name}(id, newName, count, tags, created, {extraNames});
        }

        public boolean taggedWith(String tag) {
          return tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag));
        }
      }
      """;

  /**
   * Five fields every record has (which the services use), then one of four kinds of extra: a
   * score, an amount with a status, counts with a flag, a parent reference with a timestamp.
   */
  private static String recordSource(int j) {
    String status = status(j % ENUMS);
    String extras;
    String names;
    String check = "";
    String notable;
    switch (j % 4) {
      case 0 -> {
        extras = "Double score";
        names = "score";
        notable = "score != null && score > " + (j % 7 + 1) + ".5";
      }
      case 1 -> {
        extras = "long amountCents, " + status + " status";
        names = "amountCents, status";
        check =
            """
                if (amountCents < 0) {
                  throw new IllegalArgumentException("amountCents < 0: " + amountCents);
                }
                Objects.requireNonNull(status, "status");
            """;
        notable = "status.isOpen() && amountCents > " + (j % 9 + 1) * 10_000L;
      }
      case 2 -> {
        extras = "Map<String, Integer> counts, boolean active";
        names = "counts, active";
        check = "    counts = Map.copyOf(counts);\n";
        notable = "active && counts.values().stream().mapToInt(Integer::intValue).sum() > " + j;
      }
      default -> {
        extras = "String parentId, Instant updated";
        names = "parentId, updated";
        notable = "parentId != null && updated.isAfter(Instant.EPOCH)";
      }
    }
    return fill(
        RECORD,
        "Name",
        record(j),
        "noun",
        noun(j),
        "extras",
        extras,
        "extraNames",
        names,
        "check",
        check,
        "notable",
        notable);
  }

  private static final String STORE =
      """
      package gen.app.port;

      import gen.app.domain.{Type};
      import java.util.List;
      import java.util.Optional;
      import java.util.function.Predicate;
      import java.util.stream.Collectors;

      /** Where {Type} records are kept. */
      public interface {Name} {
        Optional<{Type}> find(String id);

        List<{Type}> findAll();

        void save({Type} value);

        boolean delete(String id);

        default long count() {
          return findAll().size();
        }

        default List<{Type}> findBy(Predicate<? super {Type}> filter) {
          return findAll().stream().filter(filter).collect(Collectors.toList());
        }
      }
      """;

  private static String storeSource(int p) {
    return fill(STORE, "Name", store(p), "Type", record(p));
  }

  private static final String CACHE =
      """
      package gen.app.util;

      import java.util.LinkedHashMap;
      import java.util.Map;
      import java.util.function.Function;

      /** A small least-recently-used cache. */
      public final class {Name}<K, V> {
        private final int capacity;
        private final Map<K, V> entries;

        public {Name}(int capacity) {
          this.capacity = capacity;
          this.entries =
              new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                  return size() > {Name}.this.capacity;
                }
              };
        }

        public synchronized V get(K key, Function<? super K, ? extends V> loader) {
          return entries.computeIfAbsent(key, loader);
        }

        public synchronized void invalidate(K key) {
          entries.remove(key);
        }

        public synchronized int size() {
          return entries.size();
        }
      }
      """;

  private static final String PAGE =
      """
      package gen.app.util;

      import java.util.Iterator;
      import java.util.List;
      import java.util.function.Function;
      import java.util.stream.Collectors;

      /** One page of a listing. */
      public final class {Name}<T> implements Iterable<T> {
        private final List<T> items;
        private final int number;
        private final long total;

        public {Name}(List<T> items, int number, long total) {
          this.items = List.copyOf(items);
          this.number = number;
          this.total = total;
        }

        public static <T> {Name}<T> of(List<T> all, int number, int size) {
          int from = Math.min(all.size(), number * size);
          int to = Math.min(all.size(), from + size);
          return new {Name}<>(all.subList(from, to), number, all.size());
        }

        public <R> {Name}<R> map(Function<? super T, ? extends R> mapper) {
          List<R> mapped = items.stream().<R>map(mapper).collect(Collectors.toList());
          return new {Name}<>(mapped, number, total);
        }

        public boolean hasNext(int size) {
          return (long) (number + 1) * size < total;
        }

        public List<T> items() {
          return items;
        }

        @Override
        public Iterator<T> iterator() {
          return items.iterator();
        }
      }
      """;

  private static final String RESULT =
      """
      package gen.app.util;

      import java.util.Objects;
      import java.util.function.Function;
      import java.util.function.Supplier;

      /** A value or the reason there is none. */
      public final class {Name}<T> {
        private final T value;
        private final String error;

        private {Name}(T value, String error) {
          this.value = value;
          this.error = error;
        }

        public static <T> {Name}<T> ok(T value) {
          return new {Name}<>(Objects.requireNonNull(value), null);
        }

        public static <T> {Name}<T> failed(String error) {
          return new {Name}<>(null, error);
        }

        public boolean isOk() {
          return error == null;
        }

        public <R> {Name}<R> flatMap(Function<? super T, {Name}<R>> next) {
          return isOk() ? next.apply(value) : failed(error);
        }

        public <R> {Name}<R> map(Function<? super T, ? extends R> mapper) {
          return isOk() ? ok(mapper.apply(value)) : failed(error);
        }

        public T orElseGet(Supplier<? extends T> fallback) {
          return isOk() ? value : fallback.get();
        }

        public String error() {
          return error == null ? "" : error;
        }
      }
      """;

  private static final String RANKED =
      """
      package gen.app.util;

      import java.util.ArrayList;
      import java.util.Collections;
      import java.util.Comparator;
      import java.util.List;
      import java.util.function.ToDoubleFunction;

      /** The best few of a collection by a score. */
      public final class {Name}<T extends Comparable<? super T>> {
        private final int limit;
        private final ToDoubleFunction<? super T> score;

        public {Name}(int limit, ToDoubleFunction<? super T> score) {
          this.limit = limit;
          this.score = score;
        }

        public List<T> top(Iterable<? extends T> values) {
          List<T> all = new ArrayList<>();
          for (T value : values) {
            all.add(value);
          }
          Comparator<T> order =
              Comparator.<T>comparingDouble(score).reversed().thenComparing(Comparator.naturalOrder());
          all.sort(order);
          return Collections.unmodifiableList(all.subList(0, Math.min(limit, all.size())));
        }
      }
      """;

  private static final String BATCH =
      """
      package gen.app.util;

      import java.util.ArrayList;
      import java.util.List;
      import java.util.function.Consumer;

      /** Collects values and hands them on in batches. */
      public final class {Name}<T> implements AutoCloseable {
        private final int size;
        private final Consumer<? super List<T>> sink;
        private final List<T> pending = new ArrayList<>();

        public {Name}(int size, Consumer<? super List<T>> sink) {
          if (size <= 0) {
            throw new IllegalArgumentException("size <= 0: " + size);
          }
          this.size = size;
          this.sink = sink;
        }

        public void add(T value) {
          pending.add(value);
          if (pending.size() >= size) {
            flush();
          }
        }

        public void flush() {
          if (!pending.isEmpty()) {
            sink.accept(List.copyOf(pending));
            pending.clear();
          }
        }

        @Override
        public void close() {
          flush();
        }
      }
      """;

  private static String utilitySource(int u) {
    String template =
        switch (u % UTILITY_KINDS.length) {
          case 0 -> CACHE;
          case 1 -> PAGE;
          case 2 -> RESULT;
          case 3 -> RANKED;
          default -> BATCH;
        };
    return fill(template, "Name", utility(u));
  }

  private static final String SERVICE =
      """
      package gen.app.service;

      import gen.app.domain.{Type};
      import gen.app.port.{Store};
      import gen.app.util.{Batch};
      import gen.app.util.{Cache};
      import gen.app.util.{Page};
      import gen.app.util.{Result};
      import java.time.Clock;
      import java.time.LocalDate;
      import java.util.List;
      import java.util.Locale;
      import java.util.Map;
      import java.util.Optional;
      import java.util.TreeMap;
      import java.util.function.Consumer;
      import java.util.stream.Collectors;

      /** What the application does with {Type} records. */
      public final class {Name} {
        private final {Store} store;
        private final Clock clock;
        private final {Cache}<String, Optional<{Type}>> cache = new {Cache}<>({capacity});

        public {Name}({Store} store, Clock clock) {
          this.store = store;
          this.clock = clock;
        }

        public Optional<{Type}> find(String id) {
          return cache.get(id, store::find);
        }

        public {Result}<{Type}> rename(String id, String name) {
          if (name == null || name.isBlank()) {
            return {Result}.failed("a name is required");
          }
          return find(id)
              .map(found -> {Result}.ok(found.withName(name.strip())))
              .orElseGet(() -> {Result}.failed("no {Type} " + id))
              .map(
                  renamed -> {
                    store.save(renamed);
                    cache.invalidate(id);
                    return renamed;
                  });
        }

        public {Page}<String> names(int number, int size) {
          List<{Type}> sorted =
              store.findAll().stream()
                  .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                  .collect(Collectors.toList());
          return {Page}.of(sorted, number, size).map({Type}::name);
        }

        public Map<String, Integer> countsByTag() {
          Map<String, Integer> counts = new TreeMap<>();
          for ({Type} value : store.findAll()) {
            for (String tag : value.tags()) {
              counts.merge(tag.toLowerCase(Locale.ROOT), value.count(), Integer::sum);
            }
          }
          return counts;
        }

        public List<String> recentNotable(int days) {
          LocalDate since = LocalDate.now(clock).minusDays(days);
          return store.findBy(v -> v.created().isAfter(since) && v.notable()).stream()
              .map({Type}::id)
              .sorted()
              .collect(Collectors.toList());
        }

        public String describe({Type} value) {
          String size;
          if (value.count() == 0) {
            size = "empty";
          } else if (value.count() < {small}) {
            size = "small";
          } else {
            size = "large";
          }
          return String.format(
              Locale.ROOT,
              "%s %s (%s, %d tags, since %s)",
              "{Type}",
              value.name(),
              size,
              value.tags().size(),
              value.created());
        }

        public int purge(List<String> ids, Consumer<List<String>> report) {
          int purged = 0;
          try ({Batch}<String> done = new {Batch}<>({batchSize}, report)) {
            for (String id : ids) {
              if (store.delete(id)) {
                cache.invalidate(id);
                done.add(id);
                purged++;
              }
            }
          }
          return purged;
        }
      }
      """;

  /** A service over one store: lookups, a page, grouping, filtering, formatting and a batch. */
  private static String serviceSource(int s) {
    int p = s % STORES;
    return fill(
        SERVICE,
        "Name",
        service(s),
        "Type",
        record(p),
        "Store",
        store(p),
        "Cache",
        utilityOf(0, s),
        "Page",
        utilityOf(1, s),
        "Result",
        utilityOf(2, s),
        "Batch",
        utilityOf(4, s),
        "capacity",
        Integer.toString(64 + s),
        "small",
        Integer.toString(10 + s % 10),
        "batchSize",
        Integer.toString(8 + s % 8));
  }
}
