package io.github.bisnodeclient.examples.monitoring;

import java.time.LocalDateTime;

/**
 * A watched company, as the portfolio lists it. Every field may be absent.
 *
 * @param country country code
 * @param registrationNumber registration number
 * @param name registered name
 * @param legalForm such as {@code LIMITED_COMPANY}
 * @param rating the current rating
 * @param duns D-U-N-S number
 * @param objectReference the caller's references
 * @param addedDate when it was added
 */
public record PortfolioCompany(
    String country,
    String registrationNumber,
    String name,
    String legalForm,
    Rating rating,
    String duns,
    ObjectReference objectReference,
    LocalDateTime addedDate) {}
