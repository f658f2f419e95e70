package io.github.bisnodeclient.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * Gives one method its own deadline instead of the client's {@code responseTimeout}: each attempt
 * of a call, from sending the request to the last byte of the response, ends by then, or the call
 * fails with a {@code BisnodeTimeoutException}. For a report that takes Bisnode long to build, say,
 * or a lookup that must answer fast.
 *
 * <pre>{@code
 * @Post("/companies/{country}")
 * @Timeout(value = 2, unit = TimeUnit.MINUTES)
 * CreditReport report(@Path("country") String country, @Body CreditReportRequest request);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Timeout {
  /**
   * The deadline, in {@link #unit()}s.
   *
   * @return more than zero
   */
  long value();

  /**
   * The unit of {@link #value()}.
   *
   * @return seconds unless set; at least milliseconds
   */
  TimeUnit unit() default TimeUnit.SECONDS;
}
