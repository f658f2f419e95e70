package io.github.bisnodeclient.examples.monitoring;

/**
 * What kind of event: {@code {code, category, description}}.
 *
 * @param code such as {@code RATING_CHANGED}
 * @param category such as {@code RISK}
 * @param description in words
 */
public record EventType(String code, String category, String description) {}
