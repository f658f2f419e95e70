package io.github.bisnodeclient.examples.monitoring;

/**
 * A restriction on one event code, such as a rating rise to at least {@code AA}.
 *
 * @param restrictionType such as {@code THRESHOLD}
 * @param increaseThreshold the lowest rating a rise must reach
 * @param decreaseThreshold the highest rating a fall must reach
 * @param eventCode the code restricted, such as {@code RATING_CHANGED}
 */
public record EventCodeFilter(
    String restrictionType, String increaseThreshold, String decreaseThreshold, String eventCode) {}
