package io.github.bisnodeclient.sandbox;

import com.google.gson.JsonElement;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the error body's {@code subErrors}, as in Bisnode's {@code error-model.yaml}.
 *
 * @param object the request object that failed validation, such as {@code SearchRequest}
 * @param field the field at fault, such as {@code country}
 * @param rejectedValue the value refused, as it arrived; absent when the field was missing
 * @param message why it was refused
 */
record SubError(String object, String field, @Nullable JsonElement rejectedValue, String message) {}
