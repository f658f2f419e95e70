package io.github.bisnodeclient.examples.monitoring;

/**
 * How many events have one value of a filter.
 *
 * @param value such as {@code RISK} or {@code SE}
 * @param count events with it
 */
public record FilterCount(String value, Long count) {}
