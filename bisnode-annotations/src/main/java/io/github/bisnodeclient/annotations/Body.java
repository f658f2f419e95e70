package io.github.bisnodeclient.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends this parameter as the request body of a {@link Post}, {@link Put}, {@link Patch} or {@link
 * Delete} method, encoded as JSON with the client's Gson. At most one parameter of a method may
 * carry it; a {@link Get} has no body.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Body {}
