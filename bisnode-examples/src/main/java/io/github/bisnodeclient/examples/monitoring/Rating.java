package io.github.bisnodeclient.examples.monitoring;

/**
 * A rating: {@code {code, description}}.
 *
 * @param code such as {@code AA}
 * @param description in words
 */
public record Rating(String code, String description) {}
