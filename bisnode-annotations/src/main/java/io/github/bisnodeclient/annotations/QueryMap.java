package io.github.bisnodeclient.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds every entry of a {@code Map<String, ?>} parameter to the query string. Entries with a null
 * value are left out; values are converted as for {@link Query}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface QueryMap {}
