package io.github.bisnodeclient.examples.demo;

import static io.github.bisnodeclient.examples.demo.Output.join;
import static io.github.bisnodeclient.examples.demo.Output.orEmpty;

import io.github.bisnodeclient.examples.company.CreditReport;
import io.github.bisnodeclient.examples.company.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A credit report as text: the company, then each segment the report holds. */
final class ReportSheet {
  private ReportSheet() {}

  static String report(CreditReport report) {
    StringBuilder out = new StringBuilder();
    CreditReport.CompanyInformation info = report.companyInformation();
    if (info != null) {
      out.append(company(info));
    }
    CreditReport.Risk risk = report.risk();
    if (risk != null) {
      out.append('\n').append(risk(risk));
    }
    CreditReport.Finance finance = report.finance();
    if (finance != null && !finance.annualReports().isEmpty()) {
      out.append("\nAnnual reports (").append(orEmpty(finance.currency())).append(")\n");
      out.append(annualReports(finance.annualReports()));
    }
    if (report.management() != null && !report.management().members().isEmpty()) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"ROLE", "NAME", "SINCE"});
      for (CreditReport.Member m : report.management().members()) {
        rows.add(new String[] {orEmpty(m.role()), orEmpty(m.name()), orEmpty(m.fromDate())});
      }
      out.append("\nManagement\n").append(Output.table(rows));
    }
    if (report.ownership() != null && !report.ownership().owners().isEmpty()) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"OWNER", "TYPE", "SHARE"});
      for (CreditReport.Owner o : report.ownership().owners()) {
        rows.add(
            new String[] {
              orEmpty(o.name()),
              orEmpty(o.type()),
              o.ownershipPercentage() == null
                  ? ""
                  : String.format(Locale.ROOT, "%.1f %%", o.ownershipPercentage())
            });
      }
      out.append("\nOwners\n").append(Output.table(rows));
    }
    if (!report.events().isEmpty()) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"DATE", "EVENT", "DESCRIPTION"});
      for (CreditReport.Event e : report.events()) {
        rows.add(new String[] {orEmpty(e.date()), orEmpty(e.type()), orEmpty(e.description())});
      }
      out.append("\nEvents\n").append(Output.table(rows));
    }
    out.append('\n')
        .append(
            join(
                ", ",
                "Report of " + orEmpty(report.reportDate()),
                report.language() == null ? null : "language " + report.language(),
                report.reference() == null ? null : "reference " + report.reference(),
                report.onBehalfOf() == null ? null : "on behalf of " + report.onBehalfOf()))
        .append('\n');
    return out.toString();
  }

  private static String company(CreditReport.CompanyInformation info) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Company", orEmpty(info.name())});
    rows.add(
        new String[] {
          "Registration number", join(" ", info.registrationNumber(), "(" + info.country() + ")")
        });
    rows.add(new String[] {"D-U-N-S number", orEmpty(info.dunsNumber())});
    rows.add(
        new String[] {
          "Legal form",
          join(", ", info.legalForm(), CompanyTables.status(info.active(), info.headQuarter()))
        });
    rows.add(new String[] {"Registered", orEmpty(info.registrationDate())});
    rows.add(new String[] {"Address", info.address() == null ? "" : info.address().oneLine()});
    if (info.industry() != null) {
      rows.add(
          new String[] {
            "Industry", join(" ", info.industry().code(), info.industry().description())
          });
    }
    rows.add(new String[] {"Employees", orEmpty(info.numberOfEmployees())});
    if (info.shareCapital() != null) {
      rows.add(new String[] {"Share capital", money(info.shareCapital())});
    }
    return Output.table(rows);
  }

  private static String risk(CreditReport.Risk risk) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "Rating",
          join(
              ": ",
              join(
                  ", ",
                  risk.rating(),
                  risk.riskClass() == null ? null : "risk class " + risk.riskClass() + " of 5"),
              risk.ratingDescription())
        });
    if (risk.probabilityOfDefault() != null) {
      rows.add(
          new String[] {
            "Probability of default",
            String.format(Locale.ROOT, "%.2f %%", risk.probabilityOfDefault())
          });
    }
    rows.add(new String[] {"Credit limit", money(risk.creditLimit())});
    rows.add(new String[] {"Payment remarks", orEmpty(risk.paymentRemarks())});
    return Output.table(rows);
  }

  private static String annualReports(List<CreditReport.AnnualReport> years) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "YEAR", "REVENUE", "OPERATING PROFIT", "AFTER FIN. ITEMS", "EQUITY", "ASSETS", "EMPLOYEES"
        });
    for (CreditReport.AnnualReport y : years) {
      rows.add(
          new String[] {
            y.endDate() == null ? "" : Integer.toString(y.endDate().year()),
            amount(y.revenue()),
            amount(y.operatingProfit()),
            amount(y.profitAfterFinancialItems()),
            amount(y.equity()),
            amount(y.totalAssets()),
            orEmpty(y.numberOfEmployees())
          });
    }
    return Output.table(rows);
  }

  private static String money(Money money) {
    if (money == null || money.amount() == null) {
      return orEmpty(money);
    }
    DecimalFormat grouped =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return join(" ", grouped.format(money.amount()), money.currency());
  }

  private static String amount(Long amount) {
    return amount == null ? "" : String.format(Locale.ROOT, "%,d", amount);
  }
}
