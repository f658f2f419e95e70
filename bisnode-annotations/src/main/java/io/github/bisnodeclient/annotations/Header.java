package io.github.bisnodeclient.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends an HTTP header. On a parameter, the header {@link #value()} carries the argument (left out
 * when null). On a method or on a {@link BisnodeApi} interface, {@link #value()} is {@code "Name:
 * value"} and the header is sent with every call of that method or interface. A value containing CR
 * or LF is refused.
 *
 * <pre>{@code
 * @Post("/companies/{country}")
 * @Header("Accept: application/pdf")
 * InputStream creditReportPdf(@Path("country") String country, @Body CreditReportQuery query,
 *                             @Header("X-Request-Id") String requestId);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
@Repeatable(Header.List.class)
public @interface Header {
  /**
   * On a parameter, the header's name; on a method or interface, {@code "Name: value"}.
   *
   * @return the header name, or the whole header line for a fixed header
   */
  String value();

  /** Holds repeated fixed headers on a method or interface. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @interface List {
    /**
     * The repeated headers.
     *
     * @return the headers
     */
    Header[] value();
  }
}
