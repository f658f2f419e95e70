package io.github.bisnodeclient.examples.company;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A date as Bisnode's common {@code DateModel} sends it: {@code {"year": 2011, "month": 5, "day":
 * 28}}. A missing part reads as 0.
 *
 * @param year the year
 * @param month the month, 1 to 12
 * @param day the day of the month, 1 to 31
 */
public record BisnodeDate(int year, int month, int day) {

  /**
   * The same date as a {@link LocalDate}.
   *
   * @return the date
   * @throws java.time.DateTimeException if a part is missing or out of range
   */
  public LocalDate toLocalDate() {
    return LocalDate.of(year, month, day);
  }

  /**
   * The date as ISO-8601 text, such as {@code 2011-05-28}, even when a part is missing.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }
}
