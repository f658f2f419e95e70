package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.examples.company.CreditDataCompaniesApi;
import io.github.bisnodeclient.examples.company.CreditReport;
import io.github.bisnodeclient.examples.company.CreditReportRequest;
import io.github.bisnodeclient.examples.company.CreditReportRequest.Language;
import io.github.bisnodeclient.examples.company.CreditReportRequest.Segment;
import io.github.bisnodeclient.examples.person.Country;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code credit-report}: Credit data companies v2 credit report, as text, JSON or a PDF file. */
@Command(
    name = "credit-report",
    mixinStandardHelpOptions = true,
    description = "Fetch a company's credit report; --pdf saves Bisnode's PDF to a file.")
final class CreditReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Connection connection;

  @Option(names = "--country", description = "SE, NO, DK or FI. Default: ${DEFAULT-VALUE}")
  Country country = Country.SE;

  @Option(
      names = "--registration-number",
      paramLabel = "NUMBER",
      description = "Default: ${DEFAULT-VALUE} (Norrsken Mjukvara AB)")
  String registrationNumber = "5569837528";

  @Option(
      names = "--segments",
      split = ",",
      paramLabel = "SEGMENT",
      description = "Comma-separated: ${COMPLETION-CANDIDATES}. Default: all")
  List<Segment> segments;

  @Option(
      names = "--language",
      description = "Of the rating description: ${COMPLETION-CANDIDATES}. Default: EN")
  Language language;

  @Option(names = "--reference", description = "Your reference, echoed in the report")
  String reference;

  @Option(names = "--pdf", paramLabel = "FILE", description = "Save the report as a PDF here.")
  Path pdf;

  @Override
  public Integer call() {
    CreditReportRequest request =
        CreditReportRequest.of(registrationNumber)
            .withSegments(segments)
            .withLanguage(language)
            .withReference(reference);
    PrintWriter out = spec.commandLine().getOut();
    if (pdf != null) {
      Repeat<Long> calls =
          connection.call(
              CreditDataCompaniesApi.class,
              "credit_data_companies",
              companies -> save(companies, request));
      out.print(
          connection.json
              ? Output.json(Map.of("pdf", pdf.toString(), "bytes", calls.last()))
              : "Saved the credit report of "
                  + registrationNumber
                  + " as a PDF to "
                  + pdf
                  + " ("
                  + calls.last()
                  + " bytes).\n");
      calls.report(connection.notes());
      return 0;
    }
    if (connection.json) {
      Repeat<String> json =
          connection.call(
              AsSent.Companies.class,
              "credit_data_companies",
              companies -> companies.creditReport(country, request));
      out.print(AsSent.print(json.last()));
      json.report(connection.notes());
      return 0;
    }
    Repeat<CreditReport> calls =
        connection.call(
            CreditDataCompaniesApi.class,
            "credit_data_companies",
            companies -> companies.creditReport(country, request));
    out.print(ReportSheet.report(calls.last()));
    calls.report(connection.notes());
    return 0;
  }

  /** Streams the PDF into the file, never holding it whole in memory; returns its size. */
  private long save(CreditDataCompaniesApi companies, CreditReportRequest request) {
    try (InputStream in = companies.creditReportPdf(country, request)) {
      return Files.copy(in, pdf, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the PDF to " + pdf + ": " + e, e);
    }
  }
}
