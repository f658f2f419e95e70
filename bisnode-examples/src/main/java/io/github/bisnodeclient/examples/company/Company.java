package io.github.bisnodeclient.examples.company;

/**
 * A company as a search lists it. Every field may be absent.
 *
 * @param name registered name
 * @param country country code, such as {@code SE}
 * @param registrationNumber national registration number (organisationsnummer, CVR, Y-tunnus)
 * @param dunsNumber Dun &amp; Bradstreet's 9-digit D-U-N-S number, one per site
 * @param active whether the company is active
 * @param headQuarter true for the head office, false for a branch
 * @param address the site's address
 * @param legalForm such as {@code LIMITED_COMPANY}, {@code PARTNERSHIP} or {@code
 *     SOLE_PROPRIETORSHIP}
 */
public record Company(
    String name,
    String country,
    String registrationNumber,
    String dunsNumber,
    Boolean active,
    Boolean headQuarter,
    CompanyAddress address,
    String legalForm) {}
