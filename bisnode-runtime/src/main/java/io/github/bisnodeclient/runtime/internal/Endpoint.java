package io.github.bisnodeclient.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One method of a Bisnode API interface as generated code describes it: verb, path template, fixed
 * headers, whether it may be sent again, and what the response becomes. Generated classes hold one
 * in a {@code static final} field per method, so the template is parsed once per class, never per
 * call.
 *
 * @param <T> what a call of the method returns
 */
public final class Endpoint<T extends @Nullable Object> {
  private final String method;
  private final String verb;
  private final PathTemplate path;
  private final Returns<T> returns;
  private final List<String[]> headers;
  private final boolean idempotent;
  private final long timeoutNanos;

  private Endpoint(
      String method,
      String verb,
      PathTemplate path,
      Returns<T> returns,
      List<String[]> headers,
      boolean idempotent,
      long timeoutNanos) {
    this.method = method;
    this.verb = verb;
    this.path = path;
    this.returns = returns;
    this.headers = List.copyOf(headers);
    this.idempotent = idempotent;
    this.timeoutNanos = timeoutNanos;
  }

  private static <T extends @Nullable Object> Endpoint<T> of(
      String verb, String method, String pathTemplate, Returns<T> returns) {
    // RFC 9110 §9.2.2: GET, PUT and DELETE are idempotent; POST and PATCH only when marked.
    boolean idempotent = !verb.equals("POST") && !verb.equals("PATCH");
    return new Endpoint<>(
        method, verb, PathTemplate.parse(pathTemplate), returns, List.of(), idempotent, 0);
  }

  /**
   * Describes a {@code GET} method.
   *
   * @param method the interface method, as {@code "Interface.method"}, used in error messages
   * @param pathTemplate the path template, such as {@code /persons/{gedi}}
   * @param returns what the response becomes
   * @param <T> what a call returns
   * @return the endpoint
   */
  public static <T extends @Nullable Object> Endpoint<T> get(
      String method, String pathTemplate, Returns<T> returns) {
    return of("GET", method, pathTemplate, returns);
  }

  /**
   * Describes a {@code POST} method, never sent twice unless {@link #idempotent()} says so.
   *
   * @param method the interface method, as {@code "Interface.method"}, used in error messages
   * @param pathTemplate the path template, such as {@code /companies/{country}}
   * @param returns what the response becomes
   * @param <T> what a call returns
   * @return the endpoint
   */
  public static <T extends @Nullable Object> Endpoint<T> post(
      String method, String pathTemplate, Returns<T> returns) {
    return of("POST", method, pathTemplate, returns);
  }

  /**
   * Describes a {@code PUT} method.
   *
   * @param method the interface method, as {@code "Interface.method"}, used in error messages
   * @param pathTemplate the path template
   * @param returns what the response becomes
   * @param <T> what a call returns
   * @return the endpoint
   */
  public static <T extends @Nullable Object> Endpoint<T> put(
      String method, String pathTemplate, Returns<T> returns) {
    return of("PUT", method, pathTemplate, returns);
  }

  /**
   * Describes a {@code DELETE} method.
   *
   * @param method the interface method, as {@code "Interface.method"}, used in error messages
   * @param pathTemplate the path template
   * @param returns what the response becomes
   * @param <T> what a call returns
   * @return the endpoint
   */
  public static <T extends @Nullable Object> Endpoint<T> delete(
      String method, String pathTemplate, Returns<T> returns) {
    return of("DELETE", method, pathTemplate, returns);
  }

  /**
   * Describes a {@code PATCH} method, never sent twice unless {@link #idempotent()} says so.
   *
   * @param method the interface method, as {@code "Interface.method"}, used in error messages
   * @param pathTemplate the path template
   * @param returns what the response becomes
   * @param <T> what a call returns
   * @return the endpoint
   */
  public static <T extends @Nullable Object> Endpoint<T> patch(
      String method, String pathTemplate, Returns<T> returns) {
    return of("PATCH", method, pathTemplate, returns);
  }

  /**
   * Returns a copy of this endpoint that also sends a fixed header with every call; a header of the
   * same name given with a call replaces it for that call.
   *
   * @param name the header name
   * @param value the header value, without CR or LF
   * @return the new endpoint
   * @throws IllegalArgumentException if the name is not an HTTP token or the value contains CR or
   *     LF
   */
  public Endpoint<T> withHeader(String name, String value) {
    Headers.check(name, value);
    List<String[]> all = new ArrayList<>(headers);
    all.add(new String[] {name, value});
    return new Endpoint<>(method, verb, path, returns, all, idempotent, timeoutNanos);
  }

  /**
   * Returns a copy of this endpoint that is safe to send again, like a GET, after 429, 503 or a
   * failure to connect: for a POST or PATCH that only reads, such as a search.
   *
   * @return the new endpoint
   */
  public Endpoint<T> idempotent() {
    return new Endpoint<>(method, verb, path, returns, headers, true, timeoutNanos);
  }

  /**
   * Returns a copy of this endpoint with its own deadline instead of the client's response timeout,
   * as {@code @Timeout} declares it.
   *
   * @param millis the deadline of each attempt, from sending to the last byte, more than zero
   * @return the new endpoint
   * @throws IllegalArgumentException if {@code millis} is not positive
   */
  public Endpoint<T> withTimeout(long millis) {
    if (millis <= 0) {
      throw new IllegalArgumentException(method + ": @Timeout must be more than zero: " + millis);
    }
    return new Endpoint<>(
        method, verb, path, returns, headers, idempotent, TimeUnit.MILLISECONDS.toNanos(millis));
  }

  String method() {
    return method;
  }

  String verb() {
    return verb;
  }

  PathTemplate path() {
    return path;
  }

  Returns<T> returns() {
    return returns;
  }

  List<String[]> headers() {
    return headers;
  }

  boolean isIdempotent() {
    return idempotent;
  }

  /** The method's own deadline, or 0 for the client's. */
  long timeoutNanos() {
    return timeoutNanos;
  }

  @Override
  public String toString() {
    return verb + " " + path.template() + " (" + method + ")";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Endpoint<?> that
        && method.equals(that.method)
        && verb.equals(that.verb)
        && path.template().equals(that.path.template());
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, verb, path.template());
  }
}
