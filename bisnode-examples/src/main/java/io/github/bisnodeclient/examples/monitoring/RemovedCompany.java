package io.github.bisnodeclient.examples.monitoring;

import java.time.LocalDateTime;

/**
 * A company a DELETE removed.
 *
 * @param referrerId whose portfolio it was removed from
 * @param country country code
 * @param registrationNumber registration number
 * @param addedDate when it was added
 * @param removedDate when it was removed
 */
public record RemovedCompany(
    String referrerId,
    String country,
    String registrationNumber,
    LocalDateTime addedDate,
    LocalDateTime removedDate) {}
