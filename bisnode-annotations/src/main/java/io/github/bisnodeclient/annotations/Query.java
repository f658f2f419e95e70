package io.github.bisnodeclient.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds this parameter to the query string as {@code name=value}, encoded. A null value (or an empty
 * {@code Optional}) is left out; each element of an {@code Iterable} or array becomes a repeated
 * key.
 *
 * <p>Query values appear in URLs; Bisnode asks that personal data travel in request bodies instead,
 * so prefer {@link Body} on APIs that accept it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Query {
  /**
   * The query parameter's name, sent as is after encoding.
   *
   * @return the query parameter name
   */
  String value();
}
