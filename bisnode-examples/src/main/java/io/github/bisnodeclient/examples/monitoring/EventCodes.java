package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * The event codes by category.
 *
 * @param eventCategories the categories and their codes
 */
public record EventCodes(List<EventCategoryCodes> eventCategories) {}
