package io.github.bisnodeclient.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ExecutableType;

/**
 * One abstract method of an API interface, declared there or inherited, as read from the source.
 *
 * @param method the method
 * @param type its signature as a member of the API interface, type arguments of super-interfaces
 *     resolved
 * @param declaringType the interface that declares it
 * @param verbs its {@code @Get} and {@code @Post}; exactly one when valid
 * @param headers its fixed headers, in source order
 * @param params its parameters, in order
 * @param returns what its return type asks of the runtime
 */
record EndpointModel(
    ExecutableElement method,
    ExecutableType type,
    TypeElement declaringType,
    List<VerbAnnotation> verbs,
    List<FixedHeader> headers,
    List<ParamModel> params,
    ReturnModel returns) {

  /** The HTTP verbs an endpoint can use, with their annotation and runtime factory names. */
  enum Verb {
    GET("@Get", "get"),
    POST("@Post", "post");

    private final String annotation;
    private final String factory;

    Verb(String annotation, String factory) {
      this.annotation = annotation;
      this.factory = factory;
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
   * One {@code @Get} or {@code @Post} on the method.
   *
   * @param verb the verb
   * @param annotation the annotation
   * @param value where the template is written, for errors
   * @param path the template, parsed
   */
  record VerbAnnotation(
      Verb verb, AnnotationMirror annotation, AnnotationValue value, PathTemplate path) {
    /** The annotation as written, such as {@code @Get("/persons/{gedi}")}. */
    String display() {
      return verb.annotation() + "(" + Diagnostics.quote(path.template()) + ")";
    }
  }

  String name() {
    return method.getSimpleName().toString();
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
