package io.github.bisnodeclient.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A whole response: status, headers and the decoded body. A method returning it never throws for a
 * 4xx or 5xx status; the raw error body and the parsed Bisnode error are here instead.
 *
 * @param <T> the type a 2xx body is decoded into
 */
public final class BisnodeResponse<T> {
  private final int status;
  private final Map<String, List<String>> headers;
  private final @Nullable T body;
  private final String errorBody;
  private final @Nullable BisnodeError error;

  /**
   * A response, as a call returns it; handy for stubbing an interface in tests.
   *
   * @param status the HTTP status
   * @param headers the response headers, names in lower case
   * @param body the decoded body of a 2xx response, or null
   * @param errorBody the raw body of an error response, or empty
   * @param error Bisnode's error model parsed from the error body, or null
   */
  public BisnodeResponse(
      int status,
      Map<String, List<String>> headers,
      @Nullable T body,
      String errorBody,
      @Nullable BisnodeError error) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.errorBody = errorBody;
    this.error = error;
  }

  /**
   * The HTTP status.
   *
   * @return the status, such as 200 or 404
   */
  public int status() {
    return status;
  }

  /**
   * Whether the status is 2xx.
   *
   * @return true for 200 to 299
   */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /**
   * All response headers.
   *
   * @return header names in lower case, each with its values in order
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The decoded body of a 2xx response.
   *
   * @return the body, or empty for an error status or an empty body
   */
  public Optional<T> body() {
    return Optional.ofNullable(body);
  }

  /**
   * The raw body of an error response, at most {@value BisnodeApiException#MAX_BODY} characters.
   *
   * @return the error body, empty for a 2xx response
   */
  public String errorBody() {
    return errorBody;
  }

  /**
   * The error body parsed as Bisnode's error model, when it is one.
   *
   * @return the error, or empty
   */
  public Optional<BisnodeError> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public String toString() {
    return "BisnodeResponse[status=" + status + "]";
  }
}
