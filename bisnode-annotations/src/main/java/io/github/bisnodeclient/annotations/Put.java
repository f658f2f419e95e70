package io.github.bisnodeclient.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method send an HTTP {@code PUT} to its path template, relative to the API's base URL.
 * Placeholders such as {@code {id}} are filled from parameters annotated {@code @Path("id")}; a
 * parameter annotated {@link Body} is sent as the JSON request body. A PUT is idempotent, so the
 * client may send it again after 429, 503 or a failure to connect, as it does a {@link Get}.
 *
 * <pre>{@code
 * @Put("/portfolio/companies/{id}")
 * void watch(@Path("id") String id, @Body WatchRequest request);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Put {
  /**
   * The path template, starting with {@code /}.
   *
   * @return the path template, for instance {@code /portfolio/companies/{id}}
   */
  String value();
}
