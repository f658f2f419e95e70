package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.examples.person.PersonCriteria;
import io.github.bisnodeclient.examples.person.PersonSearchApi;
import io.github.bisnodeclient.examples.person.PersonSearchResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code person-search}: Consumer Intelligence v2 person search. */
@Command(
    name = "person-search",
    mixinStandardHelpOptions = true,
    description = "Search persons by name, address, phone, birth date or national id (v2).")
final class PersonSearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Connection connection;
  @Mixin PersonCriteriaOptions person;

  @Option(names = "--country", description = "SE, NO, DK or FI. Default: ${DEFAULT-VALUE}")
  Country country = Country.SE;

  @Override
  public Integer call() {
    PersonCriteria criteria = person.criteria();
    PrintWriter out = spec.commandLine().getOut();
    if (connection.json) {
      Repeat<String> calls =
          connection.call(
              AsSent.PersonSearch.class, "bci", persons -> persons.search(criteria, country));
      out.print(AsSent.print(calls.last()));
      calls.report(connection.notes());
      return 0;
    }
    Repeat<PersonSearchResult> calls =
        connection.call(PersonSearchApi.class, "bci", persons -> persons.search(criteria, country));
    out.print(PersonTables.persons(calls.last()));
    calls.report(connection.notes());
    return 0;
  }
}
