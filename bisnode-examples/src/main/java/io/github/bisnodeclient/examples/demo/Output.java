package io.github.bisnodeclient.examples.demo;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.github.bisnodeclient.examples.person.Person;
import io.github.bisnodeclient.examples.person.PersonSearchResult;
import java.util.ArrayList;
import java.util.List;

/** Readable tables and JSON for the demo's results. */
final class Output {
  private static final Gson JSON = new GsonBuilder().setPrettyPrinting().create();

  private Output() {}

  static String json(Object value) {
    return JSON.toJson(value);
  }

  static String persons(PersonSearchResult result) {
    if (result.persons().isEmpty()) {
      return "No person found.\n";
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"NAME", "BORN", "LEGAL ID", "ADDRESS", "PHONE"});
    for (PersonSearchResult.Hit hit : result.persons()) {
      Person p = hit.person();
      rows.add(
          new String[] {
            orEmpty(p.fullName()),
            orEmpty(p.dateOfBirth()),
            p.legalId() == null ? "" : p.legalId().value(),
            p.addressList().isEmpty() ? "" : address(p.addressList().get(0)),
            p.phoneList().isEmpty() ? "" : orEmpty(p.phoneList().get(0).number())
          });
    }
    return table(rows) + result.persons().size() + " person(s) found.\n";
  }

  private static String address(Person.Address a) {
    if (!a.formattedAddress().isEmpty()) {
      return String.join(", ", a.formattedAddress());
    }
    return String.join(
            " ", orEmpty(a.streetName()), orEmpty(a.streetNumber()) + ",", orEmpty(a.postalCode()))
        + " "
        + orEmpty(a.city());
  }

  static String table(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
