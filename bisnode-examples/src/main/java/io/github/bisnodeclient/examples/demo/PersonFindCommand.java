package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.examples.person.Person;
import io.github.bisnodeclient.examples.person.PersonCriteria;
import io.github.bisnodeclient.examples.person.PersonFindApi;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code person-find}: Consumer Intelligence v3, the one person the criteria describe. */
@Command(
    name = "person-find",
    mixinStandardHelpOptions = true,
    description = {
      "Find the one person the criteria describe in a market (v3).",
      "Prints \"Nobody found.\" when nobody matches; several matches are an error."
    })
final class PersonFindCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Connection connection;
  @Mixin PersonCriteriaOptions person;

  @Option(names = "--market", description = "SE, NO, DK or FI. Default: ${DEFAULT-VALUE}")
  Country market = Country.SE;

  @Override
  public Integer call() {
    PersonCriteria criteria = person.criteria();
    PrintWriter out = spec.commandLine().getOut();
    if (connection.json) {
      Repeat<String> calls =
          connection.call(
              AsSent.PersonFind.class, "bci", persons -> persons.find(market, criteria));
      if (calls.last().isEmpty()) {
        // 204: Bisnode sent no body, so there is no JSON to print
        connection.notes().println("Nobody found (HTTP 204, no body).");
      } else {
        out.print(AsSent.print(calls.last()));
      }
      calls.report(connection.notes());
      return 0;
    }
    Repeat<Optional<Person>> calls =
        connection.call(PersonFindApi.class, "bci", persons -> persons.find(market, criteria));
    out.print(calls.last().map(PersonTables::person).orElse("Nobody found.\n"));
    calls.report(connection.notes());
    return 0;
  }
}
