package io.github.bisnodeclient.examples.monitoring;

/**
 * The order of events: {@code {sortBy, sortDirection}}.
 *
 * @param sortBy {@code EVENT_DATE} or {@code REGISTRATION_DATE}
 * @param sortDirection {@code ASC} or {@code DESC}
 */
public record Sorting(String sortBy, String sortDirection) {}
