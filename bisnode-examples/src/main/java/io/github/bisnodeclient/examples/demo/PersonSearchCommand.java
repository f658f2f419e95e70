package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.examples.person.PersonSearchApi;
import io.github.bisnodeclient.examples.person.PersonSearchResult;
import io.github.bisnodeclient.runtime.BisnodeClient;
import java.io.PrintWriter;
import java.time.LocalDate;
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
    description = "Search persons by name, address, phone, birth date or national id.")
final class PersonSearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Connection connection;

  @Option(names = "--first-name", description = "Default: Sven (with no other criteria)")
  String firstName;

  @Option(names = "--family-name", description = "Default: Svensson (with no other criteria)")
  String familyName;

  @Option(names = "--street-address", description = "Default: Vasagatan 9 (with no other criteria)")
  String streetAddress;

  @Option(names = "--postal-code")
  String postalCode;

  @Option(names = "--city")
  String city;

  @Option(names = "--legal-id", description = "National id")
  String legalId;

  @Option(names = "--date-of-birth", description = "yyyy-MM-dd")
  LocalDate dateOfBirth;

  @Option(names = "--year-of-birth")
  Integer yearOfBirth;

  @Option(names = "--phone")
  String phoneNumber;

  @Option(names = "--country", description = "SE, NO, DK or FI. Default: ${DEFAULT-VALUE}")
  Country country = Country.SE;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (firstName == null
        && familyName == null
        && streetAddress == null
        && postalCode == null
        && city == null
        && legalId == null
        && dateOfBirth == null
        && yearOfBirth == null
        && phoneNumber == null) {
      firstName = "Sven";
      familyName = "Svensson";
      streetAddress = "Vasagatan 9";
    }
    try (Connection open = connection) {
      BisnodeClient client = open.open(out, System.getenv());
      PersonSearchApi persons = client.create(PersonSearchApi.class);
      Repeat<PersonSearchResult> calls =
          Repeat.run(
              connection.repeat,
              client.tokenCache("bci"),
              () ->
                  persons.search(
                      firstName,
                      familyName,
                      dateOfBirth,
                      yearOfBirth,
                      phoneNumber,
                      streetAddress,
                      postalCode,
                      city,
                      legalId,
                      country));
      if (connection.json) {
        out.println(Output.json(calls.last()));
      } else {
        out.print(Output.persons(calls.last()));
      }
      calls.report(out);
    }
    return 0;
  }
}
