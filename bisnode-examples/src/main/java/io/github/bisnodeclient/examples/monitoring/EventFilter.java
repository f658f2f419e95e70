package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * Which events of one category to find; no codes means all of the category.
 *
 * @param eventCategory such as {@code RISK}
 * @param eventCodes such as {@code RATING_CHANGED}
 * @param eventCodeFilter restrictions on codes
 */
public record EventFilter(
    String eventCategory, List<String> eventCodes, List<EventCodeFilter> eventCodeFilter) {}
