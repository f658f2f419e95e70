package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * The company an event is about.
 *
 * @param country country code
 * @param registrationNumber registration number
 * @param name registered name
 * @param rating the current rating
 * @param duns D-U-N-S number
 * @param references the caller's references
 */
public record CompanyInformation(
    String country,
    String registrationNumber,
    String name,
    Rating rating,
    String duns,
    List<String> references) {}
