package io.github.bisnodeclient.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method send an HTTP {@code POST} to its path template, relative to the API's base URL.
 * Placeholders such as {@code {market}} are filled from parameters annotated
 * {@code @Path("market")}; a parameter annotated {@link Body} is sent as the JSON request body.
 *
 * <pre>{@code
 * @Post("/markets/{market}/persons/_find")
 * Optional<Person> find(@Path("market") String market, @Body FindQuery query);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Post {
  /**
   * The path template, starting with {@code /}.
   *
   * @return the path template, for instance {@code /companies}
   */
  String value();
}
