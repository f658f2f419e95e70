package io.github.bisnodeclient.runtime.internal;

import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeAuthException;
import io.github.bisnodeclient.runtime.BisnodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One call being assembled by a generated method: path values, query, headers and body, then {@link
 * #execute()} or {@link #executeAsync()}. Every value is encoded as it is added.
 *
 * <p>An instance is used by one thread, for one call.
 *
 * @param <T> what the call returns
 */
public final class BisnodeRequest<T extends @Nullable Object> {
  private final ApiTarget target;
  private final Endpoint<T> endpoint;
  private final @Nullable String[] pathValues;
  private final StringBuilder query = new StringBuilder();
  private final List<String[]> headers = new ArrayList<>(2);
  private @Nullable Object body;
  private boolean hasBody;

  BisnodeRequest(ApiTarget target, Endpoint<T> endpoint) {
    this.target = target;
    this.endpoint = endpoint;
    this.pathValues = new String[endpoint.path().placeholderCount()];
  }

  /**
   * Fills the placeholder {@code {name}} with {@code value}, encoded as exactly one path segment.
   *
   * @param name the placeholder name
   * @param value the value; its text form is used
   * @return this request
   * @throws IllegalArgumentException if the value is null, {@code "."} or {@code ".."}, or the
   *     template has no such placeholder
   */
  public BisnodeRequest<T> path(String name, @Nullable Object value) {
    int index = endpoint.path().indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException(
          endpoint.method() + ": no {" + name + "} in \"" + endpoint.path().template() + "\"");
    }
    if (value == null) {
      throw new IllegalArgumentException(
          endpoint.method() + ": @Path(\"" + name + "\") value must not be null");
    }
    String text = QueryValues.text(value);
    if (text.equals(".") || text.equals("..")) {
      throw new IllegalArgumentException(
          endpoint.method() + ": @Path(\"" + name + "\") value must not be \".\" or \"..\"");
    }
    pathValues[index] = UrlEncoding.encode(text);
    return this;
  }

  /**
   * Adds {@code name=value} to the query string. Null and empty {@code Optional} values are left
   * out; each element of an {@code Iterable} or array adds the key once more.
   *
   * @param name the parameter name
   * @param value the value: text, number, boolean, enum (its name), {@code LocalDate} (ISO-8601),
   *     {@code UUID}, or an {@code Iterable}, array or {@code Optional} of those
   * @return this request
   */
  public BisnodeRequest<T> query(String name, @Nullable Object value) {
    QueryValues.append(query, name, value);
    return this;
  }

  /**
   * Adds every entry of {@code values} to the query string, as {@link #query(String, Object)}.
   *
   * @param values the entries; null values are left out, and so is a null map
   * @return this request
   */
  public BisnodeRequest<T> queryMap(@Nullable Map<String, ?> values) {
    if (values != null) {
      for (Map.Entry<String, ?> entry : values.entrySet()) {
        if (entry.getKey() == null) {
          throw new IllegalArgumentException(endpoint.method() + ": @QueryMap has a null key");
        }
        QueryValues.append(query, entry.getKey(), entry.getValue());
      }
    }
    return this;
  }

  /**
   * Sends header {@code name} with the text of {@code value}; a null value is left out.
   *
   * @param name the header name
   * @param value the value
   * @return this request
   * @throws IllegalArgumentException if the value contains CR or LF
   */
  public BisnodeRequest<T> header(String name, @Nullable Object value) {
    if (value != null) {
      String text = QueryValues.text(value);
      Headers.check(name, text);
      headers.add(new String[] {name, text});
    }
    return this;
  }

  /**
   * Sends {@code value} as the JSON request body, encoded with the client's Gson.
   *
   * @param value the body; null is sent as JSON {@code null}
   * @return this request
   */
  public BisnodeRequest<T> body(@Nullable Object value) {
    this.body = value;
    this.hasBody = true;
    return this;
  }

  /**
   * Sends the request and waits for its result.
   *
   * @return the value the endpoint's {@link Returns} makes of the response; null only for {@link
   *     Returns#none()}
   * @throws BisnodeApiException if the API answers with an error status the return type does not
   *     absorb
   * @throws BisnodeAuthException if no access token can be obtained
   * @throws BisnodeException if the request fails or the body does not decode
   */
  public T execute() {
    return target.execute(this);
  }

  /**
   * Sends the request without blocking the calling thread, including while a token is fetched.
   *
   * @return a future of what {@link #execute()} would return or throw
   */
  public CompletableFuture<T> executeAsync() {
    return target.executeAsync(this);
  }

  Endpoint<T> endpoint() {
    return endpoint;
  }

  List<String[]> headers() {
    return headers;
  }

  @Nullable Object body() {
    return body;
  }

  boolean hasBody() {
    return hasBody;
  }

  /** The request URI: base URL, expanded path and query. Holds personal data: never log it. */
  String uri(String baseUrl) {
    PathTemplate path = endpoint.path();
    for (int i = 0; i < pathValues.length; i++) {
      if (pathValues[i] == null) {
        throw new IllegalArgumentException(
            endpoint.method() + ": no value for {" + path.name(i) + "}");
      }
    }
    StringBuilder uri = new StringBuilder(baseUrl.length() + 64).append(baseUrl);
    path.expand(uri, pathValues);
    if (query.length() > 0) {
      uri.append('?').append(query);
    }
    return uri.toString();
  }

  @Override
  public String toString() {
    // The path template only: path and query values may be personal data.
    return endpoint.verb() + " " + target.baseUrl() + endpoint.path().template();
  }
}
