package io.github.bisnodeclient.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method send an HTTP {@code GET} to its path template, relative to the API's base URL.
 * Placeholders such as {@code {gedi}} are filled from parameters annotated {@code @Path("gedi")}.
 *
 * <pre>{@code
 * @Get("/persons/{gedi}")
 * Optional<Person> byGedi(@Path("gedi") String gedi);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Get {
  /**
   * The path template, starting with {@code /}.
   *
   * @return the path template, for instance {@code /person/search}
   */
  String value();
}
