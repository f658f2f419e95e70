package io.github.bisnodeclient.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * One parameter of an endpoint method and the annotations that bind it to the request.
 *
 * @param element the parameter
 * @param type its type as a member of the API interface
 * @param bindings its binding annotations in source order; exactly one when valid
 */
record ParamModel(VariableElement element, TypeMirror type, List<Binding> bindings) {

  /** The annotations that bind a parameter to a part of the request. */
  enum Kind {
    PATH("@Path"),
    QUERY("@Query"),
    QUERY_MAP("@QueryMap"),
    HEADER("@Header"),
    BODY("@Body");

    private final String annotation;

    Kind(String annotation) {
      this.annotation = annotation;
    }

    /** How users write it, such as {@code @Path}. */
    String annotation() {
      return annotation;
    }
  }

  /**
   * One binding annotation on the parameter.
   *
   * @param kind which annotation
   * @param name its name value: placeholder, query or header name; empty for {@code @Body} and
   *     {@code @QueryMap}
   * @param annotation the annotation, for errors
   * @param value where its name is written, for errors; null for {@code @Body} and
   *     {@code @QueryMap}
   */
  record Binding(
      Kind kind, String name, AnnotationMirror annotation, @Nullable AnnotationValue value) {
    /** The annotation as written, such as {@code @Path("id")}. */
    String display() {
      return value == null
          ? kind.annotation()
          : kind.annotation() + "(" + Diagnostics.quote(name) + ")";
    }
  }

  String name() {
    return element.getSimpleName().toString();
  }

  /** The only binding of a valid parameter. */
  Binding binding() {
    return bindings.get(0);
  }
}
