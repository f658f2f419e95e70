package io.github.bisnodeclient.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import org.jspecify.annotations.Nullable;

/**
 * One abstract method of an API interface, declared there or inherited, as read from the source.
 *
 * @param method the method
 * @param type its signature as a member of the API interface, type arguments of super-interfaces
 *     resolved
 * @param declaringType the interface that declares it
 * @param verbs its verb annotations ({@code @Get}, {@code @Post}...); exactly one when valid
 * @param idempotent its {@code @Idempotent}, or null
 * @param timeout its {@code @Timeout}, or null
 * @param headers its fixed headers, in source order
 * @param params its parameters, in order
 * @param returns what its return type asks of the runtime
 */
record EndpointModel(
    ExecutableElement method,
    ExecutableType type,
    TypeElement declaringType,
    List<VerbAnnotation> verbs,
    @Nullable AnnotationMirror idempotent,
    @Nullable AnnotationMirror timeout,
    List<FixedHeader> headers,
    List<ParamModel> params,
    ReturnModel returns) {

  /** The HTTP verbs an endpoint can use, with their annotation and runtime factory names. */
  enum Verb {
    GET("@Get", "get", false, true),
    POST("@Post", "post", true, false),
    PUT("@Put", "put", true, true),
    DELETE("@Delete", "delete", true, true),
    PATCH("@Patch", "patch", true, false);

    private final String annotation;
    private final String factory;
    private final boolean body;
    private final boolean idempotent;

    Verb(String annotation, String factory, boolean body, boolean idempotent) {
      this.annotation = annotation;
      this.factory = factory;
      this.body = body;
      this.idempotent = idempotent;
    }

    /** Whether a request of this verb may carry a {@code @Body}. */
    boolean allowsBody() {
      return body;
    }

    /** Whether the verb is idempotent by definition (RFC 9110 §9.2.2), so resent like a GET. */
    boolean isIdempotent() {
      return idempotent;
    }

    /** The HTTP method, such as {@code GET}. */
    String method() {
      return name();
    }

    /** How users write it, such as {@code @Get}. */
    String annotation() {
      return annotation;
    }

    /** The {@code Endpoint} factory method, such as {@code get}. */
    String factory() {
      return factory;
    }
  }

  /**
   * One verb annotation, such as {@code @Get}, on the method.
   *
   * @param verb the verb
   * @param annotation the annotation
   * @param value where the template is written, for errors
   * @param template the path template as written
   */
  record VerbAnnotation(
      Verb verb, AnnotationMirror annotation, AnnotationValue value, String template) {
    /** The annotation as written, such as {@code @Get("/persons/{gedi}")}. */
    String display() {
      return verb.annotation() + "(" + Diagnostics.quote(template) + ")";
    }
  }

  String name() {
    return method.getSimpleName().toString();
  }

  /**
   * Its {@code @Timeout} in milliseconds, as written (the validator refuses what is under 1 ms); 0
   * without one.
   */
  long timeoutMillis() {
    AnnotationMirror mirror = timeout;
    if (mirror == null) {
      return 0;
    }
    long value = 0;
    TimeUnit unit = TimeUnit.SECONDS;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      String element = entry.getKey().getSimpleName().toString();
      Object given = entry.getValue().getValue();
      if (element.equals("value") && given instanceof Number number) {
        value = number.longValue();
      } else if (element.equals("unit") && given instanceof VariableElement constant) {
        unit = TimeUnit.valueOf(constant.getSimpleName().toString());
      }
    }
    return unit.toMillis(value);
  }

  /** The method as error messages name it, such as {@code search()}. */
  String display() {
    return name() + "()";
  }

  /**
   * The method as the runtime names it in its exceptions, {@code Declaring.method}, where a nested
   * interface keeps its outer names ({@code Outer.Inner.method}).
   */
  String runtimeName() {
    return String.join(".", ClassName.get(declaringType).simpleNames()) + "." + name();
  }
}
