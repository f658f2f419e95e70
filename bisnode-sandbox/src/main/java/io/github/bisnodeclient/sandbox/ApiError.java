package io.github.bisnodeclient.sandbox;

import java.util.List;
import java.util.Map;

/**
 * Thrown by a handler to answer with Bisnode's error body instead of a result; the dispatcher turns
 * it into the response.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient List<SubError> subErrors;
  private final transient Map<String, String> headers;

  ApiError(int status, String message) {
    this(status, message, List.of(), Map.of());
  }

  ApiError(int status, String message, List<SubError> subErrors) {
    this(status, message, subErrors, Map.of());
  }

  ApiError(int status, String message, List<SubError> subErrors, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.subErrors = List.copyOf(subErrors);
    this.headers = Map.copyOf(headers);
  }

  int status() {
    return status;
  }

  List<SubError> subErrors() {
    return subErrors;
  }

  Map<String, String> headers() {
    return headers;
  }
}
