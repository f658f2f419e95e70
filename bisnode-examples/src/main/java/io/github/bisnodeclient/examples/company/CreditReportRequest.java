package io.github.bisnodeclient.examples.company;

import java.util.Arrays;
import java.util.List;

/**
 * The body of a credit report request. Immutable: start from {@link #of(String)} and refine with
 * the {@code with…} methods. Null fields are left out of the JSON.
 *
 * <pre>{@code
 * CreditReportRequest.of("5569837528")
 *     .withSegments(Segment.RISK, Segment.FINANCE)
 *     .withLanguage(Language.SV)
 *     .withReference("order-42");
 * }</pre>
 *
 * @param registrationNumber the company's registration number, required
 * @param reference your own reference, echoed in the report and printed on the PDF
 * @param onBehalfOf whom the report is fetched for, echoed in the report
 * @param language the language of the rating description; English unless set
 * @param segments what the report holds besides the company information; empty or null means all
 */
public record CreditReportRequest(
    String registrationNumber,
    String reference,
    String onBehalfOf,
    Language language,
    List<Segment> segments) {

  /**
   * Copies the segments.
   *
   * @param registrationNumber the company's registration number
   * @param reference your own reference
   * @param onBehalfOf whom the report is fetched for
   * @param language the language of the rating description
   * @param segments what the report holds
   */
  public CreditReportRequest {
    segments = segments == null ? null : List.copyOf(segments);
  }

  /**
   * A request for the whole report of a company, in English.
   *
   * @param registrationNumber the company's registration number
   * @return the request
   */
  public static CreditReportRequest of(String registrationNumber) {
    return new CreditReportRequest(registrationNumber, null, null, null, null);
  }

  /**
   * A copy with this reference.
   *
   * @param reference your own reference, or null
   * @return the copy
   */
  public CreditReportRequest withReference(String reference) {
    return new CreditReportRequest(registrationNumber, reference, onBehalfOf, language, segments);
  }

  /**
   * A copy fetched on behalf of someone.
   *
   * @param onBehalfOf whom the report is for, or null
   * @return the copy
   */
  public CreditReportRequest withOnBehalfOf(String onBehalfOf) {
    return new CreditReportRequest(registrationNumber, reference, onBehalfOf, language, segments);
  }

  /**
   * A copy in this language.
   *
   * @param language the language of the rating description, or null for English
   * @return the copy
   */
  public CreditReportRequest withLanguage(Language language) {
    return new CreditReportRequest(registrationNumber, reference, onBehalfOf, language, segments);
  }

  /**
   * A copy holding only these segments (and the company information, always there).
   *
   * @param segments the segments; none means all
   * @return the copy
   */
  public CreditReportRequest withSegments(Segment... segments) {
    return withSegments(Arrays.asList(segments));
  }

  /**
   * A copy holding only these segments (and the company information, always there).
   *
   * @param segments the segments; empty or null means all
   * @return the copy
   */
  public CreditReportRequest withSegments(List<Segment> segments) {
    return new CreditReportRequest(registrationNumber, reference, onBehalfOf, language, segments);
  }

  /** A part of a credit report. */
  public enum Segment {
    /** Risk class, rating, credit limit and payment remarks. */
    RISK,
    /** Annual reports. */
    FINANCE,
    /** Board, CEO and auditor. */
    MANAGEMENT,
    /** Owners and their shares. */
    OWNERSHIP,
    /** Registered events; Swedish and Norwegian companies only. */
    EVENTS,
    /** Name, numbers, address, industry, employees and share capital; always included. */
    COMPANY_INFORMATION
  }

  /** The languages a report's rating description comes in. */
  public enum Language {
    /** Swedish. */
    SV,
    /** English. */
    EN,
    /** Norwegian. */
    NO,
    /** Danish. */
    DA,
    /** Finnish. */
    FI
  }
}
