package io.github.bisnodeclient.examples.monitoring;

import java.time.LocalDateTime;

/**
 * A company the portfolio's PUT added; here {@code rating} is the code alone.
 *
 * @param country country code
 * @param registrationNumber registration number
 * @param name registered name
 * @param rating the rating code, such as {@code AA}
 * @param legalForm legal form
 * @param duns D-U-N-S number
 * @param addedDate when it was added
 * @param objectReference the caller's references
 * @param test true for test data
 */
public record AddedCompany(
    String country,
    String registrationNumber,
    String name,
    String rating,
    String legalForm,
    String duns,
    LocalDateTime addedDate,
    ObjectReference objectReference,
    Boolean test) {}
