package io.github.bisnodeclient.examples.demo;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.bisnodeclient.examples.monitoring.AddedCompanies;
import io.github.bisnodeclient.examples.monitoring.CompanyId;
import io.github.bisnodeclient.examples.monitoring.CompanyIds;
import io.github.bisnodeclient.examples.monitoring.CreditMonitoringCompaniesApi;
import io.github.bisnodeclient.examples.monitoring.EventsRequest;
import io.github.bisnodeclient.examples.monitoring.EventsResult;
import io.github.bisnodeclient.examples.monitoring.MonitoringEvent;
import io.github.bisnodeclient.examples.monitoring.PortfolioCompanies;
import io.github.bisnodeclient.examples.monitoring.PortfolioCompany;
import io.github.bisnodeclient.examples.monitoring.RemovedCompany;
import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.runtime.Pages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code monitor}: Credit Monitoring Companies v1, the portfolio of watched companies. Adds, then
 * removes, then lists the portfolio and, with {@code --events}, the events on it, each list
 * streamed page by page through {@link Pages}.
 */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    description = {
      "Add companies to the credit-monitoring portfolio, remove some, then list it;"
          + " --events lists the events Bisnode reports on it too.",
      "An ID is a registration number in --country, or COUNTRY:NUMBER such as no:835824829.",
      "--json prints one object of Bisnode's bodies as sent: added (the PUT's), removed (the"
          + " DELETE's), companyPages and eventPages (one body per page).",
      "Exits with 6 when Bisnode could not add a company. The embedded sandbox starts each run"
          + " with an empty portfolio."
    })
final class MonitorCommand implements Callable<Integer> {
  private static final String SCOPE = "credit_monitoring_companies";
  private static final Gson GSON = new Gson();

  @Spec CommandSpec spec;
  @Mixin Connection connection;

  @Option(
      names = "--add",
      arity = "1..*",
      split = ",",
      paramLabel = "ID",
      description = "Companies to watch")
  List<String> add;

  @Option(
      names = "--remove",
      arity = "1..*",
      split = ",",
      paramLabel = "ID",
      description = "Companies to stop watching")
  List<String> remove;

  @Option(names = "--events", description = "List the events on the watched companies as well.")
  boolean events;

  @Option(
      names = "--country",
      description = "Of an ID without a country: SE, NO, DK or FI. Default: ${DEFAULT-VALUE}")
  Country country = Country.SE;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      description = "Companies or events per request while listing, 1 to 1000. Default: 20")
  int pageSize = 20;

  /** The decoded answers; {@code added}, {@code removed} and {@code events} null when not asked. */
  private record Listing(
      AddedCompanies added,
      List<RemovedCompany> removed,
      List<PortfolioCompany> watched,
      List<MonitoringEvent> events) {}

  /** The bodies as Bisnode sent them; null where nothing was asked. */
  private record Bodies(
      String added, String removed, List<String> companyPages, List<String> eventPages) {}

  /** What the PUT could not add, read from its body. */
  private record PutAnswer(List<CompanyId> companiesUnableToAdd) {}

  @Override
  public Integer call() {
    if (pageSize < 1) {
      throw new IllegalArgumentException("--page-size must be at least 1");
    }
    // every ID is read before anything is sent
    List<CompanyId> adds = ids(add);
    List<CompanyId> removes = ids(remove);
    PrintWriter out = spec.commandLine().getOut();
    List<CompanyId> unableToAdd =
        connection.json ? printBodies(out, adds, removes) : printTables(out, adds, removes);
    if (!unableToAdd.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "Bisnode could not add "
                  + String.join(", ", unableToAdd.stream().map(MonitorTables::label).toList())
                  + " to the portfolio.");
      return ErrorReport.API_ERROR;
    }
    return 0;
  }

  /** Prints the bodies as sent, the notes aside; returns the companies Bisnode could not add. */
  private List<CompanyId> printBodies(
      PrintWriter out, List<CompanyId> adds, List<CompanyId> removes) {
    Repeat<Bodies> calls =
        connection.call(AsSent.Monitoring.class, SCOPE, api -> bodies(api, adds, removes));
    Bodies bodies = calls.last();
    out.print(json(bodies));
    PutAnswer put = bodies.added() == null ? null : GSON.fromJson(bodies.added(), PutAnswer.class);
    CompanyId[] removed =
        bodies.removed() == null ? null : GSON.fromJson(bodies.removed(), CompanyId[].class);
    connection.notes().print(notWatched(removes, removed == null ? List.of() : List.of(removed)));
    calls.report(connection.notes());
    return put == null || put.companiesUnableToAdd() == null
        ? List.of()
        : put.companiesUnableToAdd();
  }

  /** Prints what changed and the tables; returns the companies Bisnode could not add. */
  private List<CompanyId> printTables(
      PrintWriter out, List<CompanyId> adds, List<CompanyId> removes) {
    Repeat<Listing> calls =
        connection.call(
            CreditMonitoringCompaniesApi.class, SCOPE, api -> listing(api, adds, removes));
    Listing listing = calls.last();
    List<CompanyId> removed =
        listing.removed() == null
            ? List.of()
            : listing.removed().stream()
                .map(r -> new CompanyId(r.country(), r.registrationNumber(), null))
                .toList();
    if (listing.added() != null) {
      out.print(MonitorTables.added(listing.added().companies()));
    }
    out.print(MonitorTables.removed(removed));
    out.print(notWatched(removes, removed));
    out.print(MonitorTables.portfolio(listing.watched()));
    if (listing.events() != null) {
      out.print("\n" + MonitorTables.events(listing.events()));
    }
    calls.report(connection.notes());
    return listing.added() == null ? List.of() : listing.added().companiesUnableToAdd();
  }

  private Listing listing(
      CreditMonitoringCompaniesApi api, List<CompanyId> adds, List<CompanyId> removes) {
    AddedCompanies added = adds.isEmpty() ? null : api.addCompanies(new CompanyIds(adds));
    List<RemovedCompany> removed =
        removes.isEmpty() ? null : api.removeCompanies(new CompanyIds(removes));
    List<PortfolioCompany> watched =
        Pages.byPage(
                pageSize,
                page -> api.companies(null, page, pageSize, "ADDED_DATE", "ASC"),
                PortfolioCompanies::companies)
            .toList();
    List<MonitoringEvent> found =
        events
            ? Pages.byPage(
                    pageSize,
                    number -> api.events(EventsRequest.page(number, pageSize)),
                    (EventsResult result) -> result.page().content())
                .toList()
            : null;
    return new Listing(added, removed, watched, found);
  }

  private Bodies bodies(AsSent.Monitoring api, List<CompanyId> adds, List<CompanyId> removes) {
    String added = adds.isEmpty() ? null : api.addCompanies(new CompanyIds(adds));
    String removed = removes.isEmpty() ? null : api.removeCompanies(new CompanyIds(removes));
    List<String> companyPages =
        pages(
            page -> api.companies(page, pageSize, "ADDED_DATE", "ASC"),
            body -> JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("companies"));
    List<String> eventPages =
        events
            ? pages(
                number -> api.events(EventsRequest.page(number, pageSize)),
                body -> {
                  JsonObject page =
                      JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("page");
                  return page == null ? null : page.getAsJsonArray("content");
                })
            : null;
    return new Bodies(added, removed, companyPages, eventPages);
  }

  /**
   * Every page's body as sent. {@link Pages} decides which pages to fetch (the next one while a
   * page is full); the bodies it fetched are kept as they came.
   */
  private List<String> pages(IntFunction<String> fetch, Function<String, JsonArray> items) {
    List<String> bodies = new ArrayList<>();
    Pages.byPage(
            pageSize,
            number -> {
              String body = fetch.apply(number);
              bodies.add(body);
              return body;
            },
            body -> {
              JsonArray array = items.apply(body);
              return array == null ? null : array.asList();
            })
        .forEach((JsonElement item) -> {});
    return bodies;
  }

  /** The bodies, unchanged, as the values of one JSON object. */
  private static String json(Bodies bodies) {
    List<String> members = new ArrayList<>();
    if (bodies.added() != null) {
      members.add("\"added\": " + value(bodies.added()));
    }
    if (bodies.removed() != null) {
      members.add("\"removed\": " + value(bodies.removed()));
    }
    members.add("\"companyPages\": " + array(bodies.companyPages()));
    if (bodies.eventPages() != null) {
      members.add("\"eventPages\": " + array(bodies.eventPages()));
    }
    return "{\n  " + String.join(",\n  ", members) + "\n}\n";
  }

  private static String array(List<String> bodies) {
    return "[\n    "
        + String.join(",\n    ", bodies.stream().map(MonitorCommand::value).toList())
        + "\n  ]";
  }

  private static String value(String body) {
    return body.isBlank() ? "null" : body.strip();
  }

  /** A line for each company asked to be removed that the DELETE did not report removed. */
  private static String notWatched(List<CompanyId> asked, List<CompanyId> removed) {
    StringBuilder out = new StringBuilder();
    for (CompanyId id : asked) {
      if (removed.stream().noneMatch(r -> same(r, id))) {
        out.append(MonitorTables.label(id)).append(" was not in the portfolio.\n");
      }
    }
    return out.toString();
  }

  private static boolean same(CompanyId a, CompanyId b) {
    return a.country().equals(b.country())
        && digits(a.registrationNumber()).equals(digits(b.registrationNumber()));
  }

  private static String digits(String number) {
    return number == null ? "" : number.replaceAll("[^0-9A-Za-z]", "");
  }

  private List<CompanyId> ids(List<String> texts) {
    if (texts == null) {
      return List.of();
    }
    List<CompanyId> ids = new ArrayList<>();
    for (String text : texts) {
      int colon = text.indexOf(':');
      Country in = colon < 0 ? country : country(text.substring(0, colon), text);
      String number = text.substring(colon + 1).strip();
      if (number.isEmpty()) {
        throw new IllegalArgumentException("'" + text + "' has no registration number");
      }
      ids.add(CompanyId.of(in, number));
    }
    return ids;
  }

  private static Country country(String code, String id) {
    try {
      return Country.valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + id + "': the country must be SE, NO, DK or FI", e);
    }
  }
}
