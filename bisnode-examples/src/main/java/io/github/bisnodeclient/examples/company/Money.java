package io.github.bisnodeclient.examples.company;

import java.math.BigDecimal;

/**
 * An amount of money: {@code {"amount": 13430000, "currency": "SEK"}}.
 *
 * @param amount the amount
 * @param currency the ISO 4217 currency code, such as {@code SEK}
 */
public record Money(BigDecimal amount, String currency) {

  /**
   * The amount and currency, such as {@code 13430000 SEK}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return (amount == null ? "?" : amount.toPlainString())
        + (currency == null ? "" : " " + currency);
  }
}
