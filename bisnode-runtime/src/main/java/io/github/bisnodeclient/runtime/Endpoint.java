package io.github.bisnodeclient.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One method of a Bisnode API interface as generated code describes it: verb, path template, fixed
 * headers and what the response becomes. Generated classes hold one in a {@code static final} field
 * per method, so the template is parsed once per class, never per call.
 *
 * <p>This type exists for generated code; applications do not need it.
 *
 * @param <T> what a call of the method returns
 */
public final class Endpoint<T extends @Nullable Object> {
  private final String method;
  private final String verb;
  private final PathTemplate path;
  private final Returns<T> returns;
  private final List<String[]> headers;
  private final boolean hasAccept;

  private Endpoint(
      String method, String verb, PathTemplate path, Returns<T> returns, List<String[]> headers) {
    this.method = method;
    this.verb = verb;
    this.path = path;
    this.returns = returns;
    this.headers = List.copyOf(headers);
    boolean accept = false;
    for (String[] header : headers) {
      accept |= header[0].equalsIgnoreCase("Accept");
    }
    this.hasAccept = accept;
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
    return new Endpoint<>(method, "GET", PathTemplate.parse(pathTemplate), returns, List.of());
  }

  /**
   * Describes a {@code POST} method.
   *
   * @param method the interface method, as {@code "Interface.method"}, used in error messages
   * @param pathTemplate the path template, such as {@code /companies/{country}}
   * @param returns what the response becomes
   * @param <T> what a call returns
   * @return the endpoint
   */
  public static <T extends @Nullable Object> Endpoint<T> post(
      String method, String pathTemplate, Returns<T> returns) {
    return new Endpoint<>(method, "POST", PathTemplate.parse(pathTemplate), returns, List.of());
  }

  /**
   * Returns a copy of this endpoint that also sends a fixed header with every call.
   *
   * @param name the header name
   * @param value the header value, without CR or LF
   * @return the new endpoint
   * @throws IllegalArgumentException if the name or value contains CR or LF
   */
  public Endpoint<T> withHeader(String name, String value) {
    Headers.check(name, value);
    List<String[]> all = new ArrayList<>(headers);
    all.add(new String[] {name, value});
    return new Endpoint<>(method, verb, path, returns, all);
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

  boolean hasAcceptHeader() {
    return hasAccept;
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
