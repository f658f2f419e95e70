package io.github.bisnodeclient.runtime.internal;

import io.github.bisnodeclient.runtime.BisnodeResponse;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a response becomes: the value a generated method returns. Generated code picks one factory
 * per method from its declared return type; {@link BisnodeRequest#executeAsync()} wraps the same
 * value in a {@link java.util.concurrent.CompletableFuture}.
 *
 * @param <T> the value a call returns
 */
// T is a phantom type: nothing here holds a T, but it ties the strategy a generated method picks
// to that method's return type, so a mismatch fails to compile.
@SuppressWarnings("UnusedTypeParameter")
public final class Returns<T extends @Nullable Object> {
  enum Kind {
    /** The body decoded as JSON; a non-2xx status or an empty body throws. */
    JSON,
    /** The body decoded as JSON in an Optional; 404 and 204 are empty. */
    OPTIONAL,
    /** A {@link BisnodeResponse}; no status throws. */
    RESPONSE,
    /** Nothing; a non-2xx status throws. */
    VOID,
    /** The body as text. */
    STRING,
    /** The body as bytes. */
    BYTES,
    /** The body as an open stream the caller closes. */
    STREAM
  }

  private static final Returns<@Nullable Void> VOID = new Returns<>(Kind.VOID, Void.class);
  private static final Returns<String> STRING = new Returns<>(Kind.STRING, String.class);
  private static final Returns<byte[]> BYTES = new Returns<>(Kind.BYTES, byte[].class);
  private static final Returns<InputStream> STREAM = new Returns<>(Kind.STREAM, InputStream.class);

  private final Kind kind;
  private final Type type;

  private Returns(Kind kind, Type type) {
    this.kind = kind;
    this.type = type;
  }

  /**
   * The body decoded as JSON into {@code type}.
   *
   * @param type the declared type, such as {@code Person.class} or {@code List<Person>}
   * @param <T> the declared type
   * @return the strategy
   */
  public static <T> Returns<T> json(Type type) {
    return new Returns<>(Kind.JSON, type);
  }

  /**
   * The body decoded as JSON into {@code type}, or empty on 404 and 204.
   *
   * @param type the type inside the {@code Optional}
   * @param <T> the type inside the {@code Optional}
   * @return the strategy
   */
  public static <T> Returns<Optional<T>> optional(Type type) {
    return new Returns<>(Kind.OPTIONAL, type);
  }

  /**
   * The status, headers and decoded body, without throwing for 4xx or 5xx.
   *
   * @param type the type the body of a 2xx response is decoded into
   * @param <T> the body type
   * @return the strategy
   */
  public static <T> Returns<BisnodeResponse<T>> response(Type type) {
    return new Returns<>(Kind.RESPONSE, type);
  }

  /**
   * Nothing: the body is discarded and the call returns null; a non-2xx status throws.
   *
   * @return the strategy
   */
  public static Returns<@Nullable Void> none() {
    return VOID;
  }

  /**
   * The body as text, decoded with the charset the response names (UTF-8 if it names none).
   *
   * @return the strategy
   */
  public static Returns<String> string() {
    return STRING;
  }

  /**
   * The body as bytes.
   *
   * @return the strategy
   */
  public static Returns<byte[]> bytes() {
    return BYTES;
  }

  /**
   * The body as a stream, for large bodies such as PDF reports. The caller must close it; the
   * connection returns to the pool when it does.
   *
   * @return the strategy
   */
  public static Returns<InputStream> stream() {
    return STREAM;
  }

  Kind kind() {
    return kind;
  }

  Type type() {
    return type;
  }

  @Override
  public String toString() {
    return kind + "(" + type.getTypeName() + ")";
  }
}
