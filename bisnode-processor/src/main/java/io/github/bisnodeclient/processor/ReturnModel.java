package io.github.bisnodeclient.processor;

import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * What a method's return type asks of the runtime, as read from its shape: which {@code Returns}
 * factory, the type the body is decoded into, and whether the call is asynchronous. Whether the
 * runtime can really produce it is {@link ApiValidator}'s judgement.
 *
 * @param kind the {@code Returns} factory
 * @param declared the return type as declared (as a member of the API interface)
 * @param bodyType the type a body is decoded into for {@link Kind#JSON}, {@link Kind#OPTIONAL} and
 *     {@link Kind#RESPONSE} (primitives boxed); null otherwise, or when the wrapper is raw
 * @param async whether the method returns a {@code CompletableFuture} of the value
 */
record ReturnModel(Kind kind, TypeMirror declared, @Nullable TypeMirror bodyType, boolean async) {

  /** The {@code Returns} factories of the runtime. */
  enum Kind {
    JSON,
    OPTIONAL,
    RESPONSE,
    NONE,
    STRING,
    BYTES,
    STREAM
  }
}
