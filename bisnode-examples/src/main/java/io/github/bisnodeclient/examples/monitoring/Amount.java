package io.github.bisnodeclient.examples.monitoring;

import java.math.BigDecimal;

/**
 * An event's amount: {@code {value, currency}}.
 *
 * @param value the amount
 * @param currency ISO 4217 code
 */
public record Amount(BigDecimal value, String currency) {}
