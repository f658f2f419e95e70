package io.github.bisnodeclient.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Bisnode API answered with an error status (4xx or 5xx) that the method's return type does not
 * absorb. Carries the status, the response headers, the body (at most {@value #MAX_BODY}
 * characters) and, when the body is Bisnode's error model, its parsed form.
 *
 * <p>The message names the verb and the path template of the call; it never contains query values
 * (they are often personal data) or the token.
 */
public class BisnodeApiException extends BisnodeException {
  private static final long serialVersionUID = 1L;

  /** The most characters of a response body an exception keeps. */
  public static final int MAX_BODY = 8192;

  /** The HTTP status. */
  private final int status;

  /** The HTTP method of the call. */
  private final String verb;

  /** The path template of the call, without values. */
  private final String path;

  // transient: null after deserialization, hence the checks in the accessors
  private final transient @Nullable Map<String, List<String>> headers;

  /** The response body, at most {@value #MAX_BODY} characters. */
  private final String body;

  private final transient @Nullable BisnodeError error;

  /**
   * Creates an exception for an error response.
   *
   * @param verb the HTTP method of the call
   * @param path the path template of the call, such as {@code /persons/{gedi}}
   * @param status the HTTP status
   * @param headers the response headers, names in lower case
   * @param body the response body, cut to {@value #MAX_BODY} characters
   * @param error the parsed Bisnode error body, or null when the body is not one
   */
  public BisnodeApiException(
      String verb,
      String path,
      int status,
      Map<String, List<String>> headers,
      String body,
      @Nullable BisnodeError error) {
    super(message(verb, path, status, error));
    this.status = status;
    this.verb = verb;
    this.path = path;
    this.headers = Map.copyOf(headers);
    this.body = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
    this.error = error;
  }

  private static String message(
      String verb, String path, int status, @Nullable BisnodeError error) {
    StringBuilder message =
        new StringBuilder().append(verb).append(' ').append(path).append(" answered HTTP ");
    message.append(status);
    if (error != null && error.message() != null) {
      message.append(": ").append(error.message());
      for (BisnodeError.SubError sub : error.subErrors()) {
        message.append("; ").append(sub.field()).append(": ").append(sub.message());
      }
    }
    return message.toString();
  }

  /**
   * The HTTP status.
   *
   * @return the status, such as 404
   */
  public int status() {
    return status;
  }

  /**
   * The HTTP method of the call.
   *
   * @return {@code GET} or {@code POST}
   */
  public String verb() {
    return verb;
  }

  /**
   * The path template of the call (without values, which may be personal data).
   *
   * @return the path template, such as {@code /companies/{country}}
   */
  public String path() {
    return path;
  }

  /**
   * The response headers.
   *
   * @return header names in lower case, each with its values in order
   */
  public Map<String, List<String>> headers() {
    return headers == null ? Map.of() : headers;
  }

  /**
   * The response body as text, at most {@value #MAX_BODY} characters.
   *
   * @return the body, empty if there was none
   */
  public String body() {
    return body;
  }

  /**
   * The body parsed as Bisnode's error model, when it is one.
   *
   * @return the error, or empty
   */
  public Optional<BisnodeError> error() {
    return Optional.ofNullable(error);
  }
}
