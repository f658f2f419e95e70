package io.github.bisnodeclient.sandbox;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A request as it reached the sandbox, token and API requests alike, for tests to inspect what a
 * client really sent.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param path the path as sent, still percent-encoded, such as {@code /person/search}
 * @param rawQuery the query string as sent (percent-encoded), or null when there was none
 * @param headers every request header; names are matched case-insensitively by {@link
 *     #header(String)} and {@link #headers(String)}
 * @param body the request body decoded as UTF-8; empty when there was none
 * @param receivedAt when the request arrived, on the sandbox's clock
 */
public record RecordedRequest(
    String method,
    String path,
    @Nullable String rawQuery,
    Map<String, List<String>> headers,
    String body,
    Instant receivedAt) {

  /**
   * Copies the headers into an unmodifiable, case-insensitive map.
   *
   * @param method the HTTP method
   * @param path the raw path
   * @param rawQuery the raw query, or null
   * @param headers the request headers
   * @param body the body as text
   * @param receivedAt the arrival time
   */
  public RecordedRequest {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the first value, or empty if the request had no such header
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Every value of a header.
   *
   * @param name the header name, in any case
   * @return the values in the order sent; empty if the request had no such header
   */
  public List<String> headers(String name) {
    return headers.getOrDefault(name, List.of());
  }

  /**
   * The path with its query, as in the request line: {@code /person/search?firstName=Sven}.
   *
   * @return the request target
   */
  public String target() {
    return rawQuery == null ? path : path + "?" + rawQuery;
  }

  /** Describes the request without credentials: {@code Authorization} values are redacted. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(method).append(' ').append(target());
    headers.forEach(
        (name, values) -> {
          boolean secret = name.toLowerCase(Locale.ROOT).equals("authorization");
          out.append(", ").append(name).append('=').append(secret ? "<redacted>" : values);
        });
    return out.append(", body ").append(body.length()).append(" chars").toString();
  }
}
