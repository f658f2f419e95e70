package io.github.bisnodeclient.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * A {@code @Header("Name: value")} on a method or interface, sent with every call.
 *
 * @param element the method or interface it is on
 * @param annotation the {@code @Header} itself (inside {@code @Header.List} when repeated)
 * @param value where its text is written, for errors
 * @param line the text, {@code "Name: value"} when well formed
 * @param repeatIndex its index among the {@code @Header} annotations of a {@code @Header.List} that
 *     javac made of repeated ones, or -1 when it was not repeated
 */
record FixedHeader(
    Element element,
    AnnotationMirror annotation,
    AnnotationValue value,
    String line,
    int repeatIndex) {
  /** The header name: the text before the first colon, trimmed. */
  String name() {
    return nameOf(line);
  }

  /** The header value: the text after the first colon, trimmed. */
  String headerValue() {
    return valueOf(line);
  }

  static String nameOf(String line) {
    int colon = line.indexOf(':');
    return colon < 0 ? line.trim() : line.substring(0, colon).trim();
  }

  static String valueOf(String line) {
    int colon = line.indexOf(':');
    return colon < 0 ? "" : line.substring(colon + 1).trim();
  }
}
