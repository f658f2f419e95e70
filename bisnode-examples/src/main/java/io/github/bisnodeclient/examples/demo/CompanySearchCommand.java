package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.examples.company.CompanyAddress;
import io.github.bisnodeclient.examples.company.CompanySearchRequest;
import io.github.bisnodeclient.examples.company.CompanySearchResult;
import io.github.bisnodeclient.examples.company.CreditDataCompaniesApi;
import io.github.bisnodeclient.examples.person.Country;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code company-search}: Credit data companies v2 search, a page at a time. */
@Command(
    name = "company-search",
    mixinStandardHelpOptions = true,
    description = {
      "Search companies by name, registration number or D-U-N-S number, a page at a time.",
      "Bisnode needs one of --name, --registration-number or --duns."
    })
final class CompanySearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Connection connection;

  @Option(names = "--country", description = "SE, NO, DK or FI. Default: ${DEFAULT-VALUE}")
  Country country = Country.SE;

  @Option(names = "--name", description = "Words that start words of the name, such as 'norr mjuk'")
  String name;

  @Option(names = "--registration-number", paramLabel = "NUMBER")
  String registrationNumber;

  @Option(names = "--duns", paramLabel = "NUMBER", description = "D-U-N-S number, 9 digits")
  String dunsNumber;

  @Option(names = "--town", description = "Only companies in this town")
  String town;

  @Option(names = "--offset", description = "Hits to skip. Default: 0")
  Integer offset;

  @Option(names = "--limit", description = "Hits per page, 0 to 200 (0 only counts). Default: 20")
  Integer limit;

  @Option(names = "--include-inactive", description = "Include inactive companies.")
  boolean includeInactive;

  @Option(names = "--include-branches", description = "Include branches besides head offices.")
  boolean includeBranches;

  @Override
  public Integer call() {
    CompanySearchRequest request =
        CompanySearchRequest.in(country)
            .withName(name)
            .withRegistrationNumber(registrationNumber)
            .withDunsNumber(dunsNumber)
            .withAddress(town == null ? null : new CompanyAddress(null, null, town, null))
            .withOffset(offset)
            .withLimit(limit)
            .withInactive(includeInactive ? true : null)
            .withBranches(includeBranches ? true : null);
    PrintWriter out = spec.commandLine().getOut();
    if (connection.json) {
      Repeat<String> calls =
          connection.call(
              AsSent.Companies.class,
              "credit_data_companies",
              companies -> companies.search(request));
      out.print(AsSent.print(calls.last()));
      calls.report(connection.notes());
      return 0;
    }
    Repeat<CompanySearchResult> calls =
        connection.call(
            CreditDataCompaniesApi.class,
            "credit_data_companies",
            companies -> companies.search(request));
    out.print(CompanyTables.companies(calls.last()));
    calls.report(connection.notes());
    return 0;
  }
}
