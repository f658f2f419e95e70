package io.github.bisnodeclient.examples.monitoring;

/**
 * A category's new name: {@code {"categoryName": ...}}.
 *
 * @param categoryName the name
 */
public record CategoryName(String categoryName) {}
