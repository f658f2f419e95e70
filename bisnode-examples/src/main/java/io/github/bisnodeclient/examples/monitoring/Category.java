package io.github.bisnodeclient.examples.monitoring;

/**
 * A category of the portfolio: {@code {id, categoryName}}.
 *
 * @param id its id, for the category paths
 * @param categoryName its name
 */
public record Category(String id, String categoryName) {}
