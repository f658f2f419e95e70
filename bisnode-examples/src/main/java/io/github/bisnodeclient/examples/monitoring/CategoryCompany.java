package io.github.bisnodeclient.examples.monitoring;

import io.github.bisnodeclient.examples.company.Money;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A company in a category.
 *
 * @param country country code
 * @param registrationNumber registration number
 * @param name registered name
 * @param legalForm legal form
 * @param rating the current rating
 * @param duns D-U-N-S number
 * @param references the caller's references
 * @param addedDate when it was added to the category
 * @param limit its credit limit
 */
public record CategoryCompany(
    String country,
    String registrationNumber,
    String name,
    String legalForm,
    Rating rating,
    String duns,
    List<String> references,
    LocalDateTime addedDate,
    Money limit) {}
