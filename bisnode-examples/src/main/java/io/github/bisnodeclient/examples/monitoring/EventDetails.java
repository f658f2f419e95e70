package io.github.bisnodeclient.examples.monitoring;

/**
 * An event's details.
 *
 * @param type what kind of event
 * @param change what changed; may be absent
 * @param amount an amount; may be absent
 * @param comment a comment
 * @param description in words
 */
public record EventDetails(
    EventType type, Change change, Amount amount, String comment, String description) {}
