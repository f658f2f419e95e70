package io.github.bisnodeclient.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Reports compile errors for one {@code @BisnodeApi} interface and remembers whether there were
 * any, so that nothing is generated for an interface with errors.
 */
final class Diagnostics {
  private final Messager messager;
  private int errors;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** An error on an element, such as a method or a parameter. */
  void error(Element element, String format, Object... args) {
    error(element, null, null, format, args);
  }

  /** An error on one annotation of an element. */
  void error(Element element, AnnotationMirror annotation, String format, Object... args) {
    error(element, annotation, null, format, args);
  }

  /**
   * An error on one value of an annotation, so that javac points at the value itself. Either
   * locator may be null; javac then points at the annotation or the element.
   */
  void error(
      Element element,
      @Nullable AnnotationMirror annotation,
      @Nullable AnnotationValue value,
      String format,
      Object... args) {
    errors++;
    String message = args.length == 0 ? format : String.format(format, args);
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    } else if (value == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
    }
  }

  boolean hasErrors() {
    return errors > 0;
  }

  /** {@code text} as a Java string literal, so that messages show CR, LF and quotes plainly. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\r' -> out.append("\\r");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
