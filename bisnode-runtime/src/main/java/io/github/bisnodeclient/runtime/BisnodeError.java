package io.github.bisnodeclient.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The error body that Bisnode's APIs send with 4xx and 5xx statuses, as in Bisnode's {@code
 * error-model.yaml}: {@code {status, statusText, message, timestamp, subErrors}}. Fields the body
 * lacks are null.
 *
 * @param status the HTTP status the body repeats
 * @param statusText the status text, such as {@code BAD_REQUEST}
 * @param message a description of the error
 * @param timestamp when the error happened, as Bisnode wrote it
 * @param subErrors field-level validation errors; empty when there are none
 */
public record BisnodeError(
    @Nullable Integer status,
    @Nullable String statusText,
    @Nullable String message,
    @Nullable String timestamp,
    List<SubError> subErrors) {

  /**
   * Creates an error body; a null {@code subErrors} becomes an empty list.
   *
   * @param status the HTTP status the body repeats
   * @param statusText the status text
   * @param message a description of the error
   * @param timestamp when the error happened
   * @param subErrors field-level validation errors
   */
  public BisnodeError {
    subErrors = subErrors == null ? List.of() : List.copyOf(subErrors);
  }

  /**
   * One validation error of a request field. Fields the body lacks are null.
   *
   * @param object the object that failed validation, such as {@code companySearchRequest}
   * @param field the field at fault, such as {@code country}
   * @param rejectedValue the value that was refused, if Bisnode reported it
   * @param message why it was refused
   */
  public record SubError(
      @Nullable String object,
      @Nullable String field,
      @Nullable Object rejectedValue,
      @Nullable String message) {}
}
