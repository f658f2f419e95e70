package io.github.bisnodeclient.examples.company;

import java.util.List;

/**
 * A company's credit report as JSON. A segment that was not asked for is null ({@code events} is
 * then empty); {@code companyInformation} is always there.
 *
 * @param reportDate the day the report was made, {@code yyyy-MM-dd}
 * @param language the language of {@code risk.ratingDescription}
 * @param reference your reference, when you sent one
 * @param onBehalfOf whom the report was fetched for, when you said
 * @param companyInformation name, numbers, address, industry, size
 * @param risk risk class, rating and credit limit
 * @param finance annual reports, newest first
 * @param management board, CEO and auditor
 * @param ownership owners and their shares
 * @param events registered events, newest first (Swedish and Norwegian companies only)
 */
public record CreditReport(
    String reportDate,
    String language,
    String reference,
    String onBehalfOf,
    CompanyInformation companyInformation,
    Risk risk,
    Finance finance,
    Management management,
    Ownership ownership,
    List<Event> events) {

  /**
   * Normalizes missing events to an empty list.
   *
   * @param reportDate the day the report was made
   * @param language the language of the rating description
   * @param reference your reference
   * @param onBehalfOf whom the report was fetched for
   * @param companyInformation name, numbers, address
   * @param risk risk class and rating
   * @param finance annual reports
   * @param management board, CEO and auditor
   * @param ownership owners
   * @param events registered events
   */
  public CreditReport {
    events = events == null ? List.of() : List.copyOf(events);
  }

  /**
   * Who the company is.
   *
   * @param name registered name
   * @param registrationNumber national registration number
   * @param dunsNumber D-U-N-S number
   * @param country country code, such as {@code SE}
   * @param legalForm such as {@code LIMITED_COMPANY}
   * @param active whether the company is active
   * @param headQuarter whether this is the head office
   * @param registrationDate when the company was registered
   * @param address the registered address
   * @param industry the industry code and its description
   * @param numberOfEmployees the number of employees
   * @param shareCapital the share capital; absent for partnerships and sole proprietorships
   */
  public record CompanyInformation(
      String name,
      String registrationNumber,
      String dunsNumber,
      String country,
      String legalForm,
      Boolean active,
      Boolean headQuarter,
      BisnodeDate registrationDate,
      CompanyAddress address,
      Industry industry,
      Integer numberOfEmployees,
      Money shareCapital) {}

  /**
   * An industry classification.
   *
   * @param code NACE-style 5-digit code
   * @param description what the code means
   */
  public record Industry(String code, String description) {}

  /**
   * How likely the company is to default.
   *
   * @param riskClass 1 (highest risk) to 5 (lowest); absent for an inactive company
   * @param rating {@code AAA}, {@code AA}, {@code A}, {@code B}, {@code C}, or {@code -}
   * @param ratingDescription the rating in words, in the report's language
   * @param probabilityOfDefault in percent; absent for an inactive company
   * @param creditLimit the suggested credit limit
   * @param paymentRemarks the number of payment remarks
   */
  public record Risk(
      Integer riskClass,
      String rating,
      String ratingDescription,
      Double probabilityOfDefault,
      Money creditLimit,
      Integer paymentRemarks) {}

  /**
   * The company's finances.
   *
   * @param currency the currency of every amount, such as {@code SEK}
   * @param annualReports up to three annual reports, newest first
   */
  public record Finance(String currency, List<AnnualReport> annualReports) {
    /**
     * Normalizes a missing list to an empty one.
     *
     * @param currency the currency
     * @param annualReports the annual reports
     */
    public Finance {
      annualReports = annualReports == null ? List.of() : List.copyOf(annualReports);
    }
  }

  /**
   * One financial year; amounts are whole units of {@link Finance#currency()}.
   *
   * @param startDate first day of the year
   * @param endDate last day of the year
   * @param revenue revenue
   * @param operatingProfit operating profit
   * @param profitAfterFinancialItems profit after financial items
   * @param equity equity
   * @param totalAssets total assets
   * @param numberOfEmployees the number of employees
   */
  public record AnnualReport(
      BisnodeDate startDate,
      BisnodeDate endDate,
      Long revenue,
      Long operatingProfit,
      Long profitAfterFinancialItems,
      Long equity,
      Long totalAssets,
      Integer numberOfEmployees) {}

  /**
   * The people who run the company.
   *
   * @param members board members, CEO and auditor
   */
  public record Management(List<Member> members) {
    /**
     * Normalizes a missing list to an empty one.
     *
     * @param members the members
     */
    public Management {
      members = members == null ? List.of() : List.copyOf(members);
    }
  }

  /**
   * One member of the management.
   *
   * @param name the person's name
   * @param role {@code CHAIRMAN}, {@code BOARD_MEMBER}, {@code CEO}, {@code AUDITOR} or {@code
   *     OWNER}
   * @param fromDate since when
   */
  public record Member(String name, String role, BisnodeDate fromDate) {}

  /**
   * Who owns the company.
   *
   * @param owners the owners; their percentages add up to 100
   */
  public record Ownership(List<Owner> owners) {
    /**
     * Normalizes a missing list to an empty one.
     *
     * @param owners the owners
     */
    public Ownership {
      owners = owners == null ? List.of() : List.copyOf(owners);
    }
  }

  /**
   * One owner.
   *
   * @param name the owner's name
   * @param type such as {@code PERSON}
   * @param ownershipPercentage the share owned, in percent
   */
  public record Owner(String name, String type, Double ownershipPercentage) {}

  /**
   * A registered event.
   *
   * @param date when it happened
   * @param type such as {@code ANNUAL_REPORT_FILED}, {@code BOARD_CHANGE} or {@code DEREGISTERED}
   * @param description the event in words
   */
  public record Event(BisnodeDate date, String type, String description) {}
}
