package io.github.bisnodeclient.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method send an HTTP {@code PATCH} to its path template, relative to the API's base URL.
 * Placeholders such as {@code {id}} are filled from parameters annotated {@code @Path("id")}; a
 * parameter annotated {@link Body} is sent as the JSON request body. Like a {@link Post}, a PATCH
 * is never sent twice (except once with a new token after a 401) unless the method is also
 * annotated {@link Idempotent}.
 *
 * <pre>{@code
 * @Patch("/portfolio/references/{id}")
 * Reference rename(@Path("id") String id, @Body ReferenceChange change);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Patch {
  /**
   * The path template, starting with {@code /}.
   *
   * @return the path template, for instance {@code /portfolio/references/{id}}
   */
  String value();
}
