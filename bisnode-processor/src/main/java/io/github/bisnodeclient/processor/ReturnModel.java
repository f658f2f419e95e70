package io.github.bisnodeclient.processor;

import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * What a method's return type asks of the runtime: which {@code Returns} factory, the type the body
 * is decoded into, and whether the call is asynchronous.
 *
 * @param kind the {@code Returns} factory, or {@link Kind#UNSUPPORTED}
 * @param declared the return type as declared (as a member of the API interface)
 * @param bodyType the type a body is decoded into for {@link Kind#JSON}, {@link Kind#OPTIONAL} and
 *     {@link Kind#RESPONSE} (primitives boxed); null otherwise
 * @param async whether the method returns a {@code CompletableFuture} of the value
 * @param problem why the type is unsupported, or null
 */
record ReturnModel(
    Kind kind,
    TypeMirror declared,
    @Nullable TypeMirror bodyType,
    boolean async,
    @Nullable String problem) {

  /** The {@code Returns} factories of the runtime. */
  enum Kind {
    JSON,
    OPTIONAL,
    RESPONSE,
    NONE,
    STRING,
    BYTES,
    STREAM,
    UNSUPPORTED
  }

  static ReturnModel of(
      Kind kind, TypeMirror declared, @Nullable TypeMirror bodyType, boolean async) {
    return new ReturnModel(kind, declared, bodyType, async, null);
  }

  static ReturnModel unsupported(TypeMirror declared, String problem) {
    return new ReturnModel(Kind.UNSUPPORTED, declared, null, false, problem);
  }
}
