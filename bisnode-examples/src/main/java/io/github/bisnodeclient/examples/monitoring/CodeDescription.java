package io.github.bisnodeclient.examples.monitoring;

/**
 * A code and its description.
 *
 * @param code the code
 * @param description in words
 */
public record CodeDescription(String code, String description) {}
