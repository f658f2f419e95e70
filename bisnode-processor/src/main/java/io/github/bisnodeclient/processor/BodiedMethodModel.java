package io.github.bisnodeclient.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * A default, static or private method of an API interface or of one of its super-interfaces: it has
 * a body, is never sent as a request, and keeps working as an ordinary Java method. Only our
 * annotations on it are read, since none of them has an effect there.
 *
 * @param method the method
 * @param annotations its {@code @Get}, {@code @Post}, {@code @Put}, {@code @Delete},
 *     {@code @Patch}, {@code @Idempotent} and {@code @Timeout}, in source order
 * @param headers its fixed headers, in source order
 * @param params its parameters with our binding annotations, in order
 */
record BodiedMethodModel(
    ExecutableElement method,
    List<AnnotationMirror> annotations,
    List<FixedHeader> headers,
    List<ParamModel> params) {

  /** How the method is declared, such as {@code default} or {@code private static}. */
  String modifiers() {
    StringBuilder words = new StringBuilder();
    for (Modifier modifier : method.getModifiers()) {
      switch (modifier) {
        case DEFAULT, PRIVATE, STATIC -> {
          if (words.length() > 0) {
            words.append(' ');
          }
          words.append(modifier);
        }
        default -> {}
      }
    }
    return words.toString();
  }

  /** The method as error messages name it, such as {@code twice()}. */
  String display() {
    return method.getSimpleName() + "()";
  }
}
