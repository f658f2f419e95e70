package io.github.bisnodeclient.examples.monitoring;

/**
 * What changed: {@code {oldValue, newValue}}.
 *
 * @param oldValue before
 * @param newValue after
 */
public record Change(ChangeValue oldValue, ChangeValue newValue) {}
