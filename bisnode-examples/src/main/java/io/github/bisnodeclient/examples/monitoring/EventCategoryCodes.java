package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * The event codes of one category.
 *
 * @param eventCategory such as {@code RISK}
 * @param eventCodes its codes
 */
public record EventCategoryCodes(String eventCategory, List<CodeDescription> eventCodes) {}
