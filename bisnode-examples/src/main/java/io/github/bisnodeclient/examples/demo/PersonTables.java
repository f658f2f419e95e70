package io.github.bisnodeclient.examples.demo;

import static io.github.bisnodeclient.examples.demo.Output.join;
import static io.github.bisnodeclient.examples.demo.Output.orEmpty;

import io.github.bisnodeclient.examples.person.Person;
import io.github.bisnodeclient.examples.person.PersonSearchResult;
import java.util.ArrayList;
import java.util.List;

/** Persons as text: a table of hits, or one person in detail. */
final class PersonTables {
  private PersonTables() {}

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
            orEmpty(p.legalId()),
            p.addressList().isEmpty() ? "" : address(p.addressList().get(0)),
            p.phoneList().isEmpty() ? "" : orEmpty(p.phoneList().get(0).number())
          });
    }
    int count = result.persons().size();
    return Output.table(rows) + count + (count == 1 ? " person" : " persons") + " found.\n";
  }

  static String person(Person p) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Name", orEmpty(p.fullName())});
    rows.add(new String[] {"Legal id", orEmpty(p.legalId())});
    rows.add(new String[] {"Gedi", orEmpty(p.gedi())});
    rows.add(new String[] {"Born", join(", ", p.dateOfBirth(), p.gender())});
    if (Boolean.TRUE.equals(p.deceased())) {
      rows.add(new String[] {"Deceased", orEmpty(p.dateOfDeath())});
    }
    for (Person.Address a : p.addressList()) {
      rows.add(new String[] {orEmpty(a.type()) + " address", address(a)});
    }
    for (Person.Phone phone : p.phoneList()) {
      rows.add(
          new String[] {
            orEmpty(phone.type()) + " phone",
            join(
                ", ",
                phone.number(),
                Boolean.TRUE.equals(phone.secretPhoneNumber()) ? "secret" : null,
                Boolean.TRUE.equals(phone.telemarketingRestriction()) ? "no telemarketing" : null)
          });
    }
    if (Boolean.TRUE.equals(p.directMarketingRestriction())) {
      rows.add(new String[] {"Direct marketing", "declined"});
    }
    return Output.table(rows);
  }

  private static String address(Person.Address a) {
    if (!a.formattedAddress().isEmpty()) {
      return String.join(", ", a.formattedAddress());
    }
    return join(
        ", ", join(" ", a.streetName(), a.streetNumber()), join(" ", a.postalCode(), a.city()));
  }
}
