package io.github.bisnodeclient.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fills the placeholder {@code {name}} of the method's path template with this parameter's value.
 * The value is encoded as exactly one path segment: {@code /}, {@code ?}, {@code #}, {@code %},
 * spaces and non-ASCII characters are percent-encoded, so no value can add segments or change the
 * host. A null value, {@code "."} or {@code ".."} is refused before anything is sent.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Path {
  /**
   * The placeholder's name, as written between braces in the path template.
   *
   * @return the placeholder name
   */
  String value();
}
