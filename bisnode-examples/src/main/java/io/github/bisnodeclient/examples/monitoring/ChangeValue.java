package io.github.bisnodeclient.examples.monitoring;

/**
 * One side of a change: {@code {type, value}}.
 *
 * @param type such as {@code PLAIN}
 * @param value the value as text
 */
public record ChangeValue(String type, String value) {}
