package io.github.bisnodeclient.examples.demo;

import static io.github.bisnodeclient.examples.demo.Output.join;
import static io.github.bisnodeclient.examples.demo.Output.orEmpty;

import io.github.bisnodeclient.examples.monitoring.AddedCompany;
import io.github.bisnodeclient.examples.monitoring.Amount;
import io.github.bisnodeclient.examples.monitoring.Change;
import io.github.bisnodeclient.examples.monitoring.CompanyId;
import io.github.bisnodeclient.examples.monitoring.EventDetails;
import io.github.bisnodeclient.examples.monitoring.MonitoringEvent;
import io.github.bisnodeclient.examples.monitoring.PortfolioCompany;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The monitoring portfolio and its events as tables, and what adding and removing did. */
final class MonitorTables {
  private MonitorTables() {}

  static String added(List<AddedCompany> companies) {
    StringBuilder out = new StringBuilder();
    for (AddedCompany c : companies) {
      out.append("Added ")
          .append(orEmpty(c.name()))
          .append(" (")
          .append(join(" ", c.country(), c.registrationNumber()))
          .append(").\n");
    }
    return out.toString();
  }

  static String removed(List<CompanyId> companies) {
    StringBuilder out = new StringBuilder();
    for (CompanyId c : companies) {
      out.append("Removed ").append(label(c)).append(".\n");
    }
    return out.toString();
  }

  static String portfolio(List<PortfolioCompany> companies) {
    if (companies.isEmpty()) {
      return "The portfolio is empty.\n";
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"NAME", "COUNTRY", "REG. NUMBER", "RATING", "ADDED"});
    for (PortfolioCompany c : companies) {
      rows.add(
          new String[] {
            orEmpty(c.name()),
            orEmpty(c.country()),
            orEmpty(c.registrationNumber()),
            c.rating() == null ? "" : orEmpty(c.rating().code()),
            date(c.addedDate())
          });
    }
    int count = companies.size();
    return Output.table(rows) + count + (count == 1 ? " company" : " companies") + " watched.\n";
  }

  static String events(List<MonitoringEvent> events) {
    if (events.isEmpty()) {
      return "No events.\n";
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"DATE", "COMPANY", "EVENT", "CHANGE"});
    for (MonitoringEvent e : events) {
      EventDetails details = e.details();
      rows.add(
          new String[] {
            date(e.eventDate()),
            e.companyInformation() == null ? "" : orEmpty(e.companyInformation().name()),
            details == null ? "" : event(details),
            details == null ? "" : change(details)
          });
    }
    int count = events.size();
    return Output.table(rows) + count + (count == 1 ? " event" : " events") + ".\n";
  }

  /** Such as {@code SE 5569837528}. */
  static String label(CompanyId id) {
    return id.country()
        + " "
        + (id.registrationNumber() != null ? id.registrationNumber() : "D-U-N-S " + id.duns());
  }

  private static String event(EventDetails details) {
    if (details.description() != null) {
      return details.description();
    }
    return details.type() == null ? "" : orEmpty(details.type().code());
  }

  /** Such as {@code A → AA}, or {@code 1080000 → 1350000 SEK} when the change is an amount. */
  private static String change(EventDetails details) {
    Change change = details.change();
    String text =
        change == null
            ? ""
            : join(
                " → ",
                change.oldValue() == null ? null : change.oldValue().value(),
                change.newValue() == null ? null : change.newValue().value());
    Amount amount = details.amount();
    if (amount == null) {
      return text;
    }
    Object value =
        !text.isEmpty() || amount.value() == null ? text : amount.value().toPlainString();
    return join(" ", value, amount.currency());
  }

  private static String date(LocalDateTime dateTime) {
    return dateTime == null ? "" : dateTime.toLocalDate().toString();
  }
}
