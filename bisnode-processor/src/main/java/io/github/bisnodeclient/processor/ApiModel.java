package io.github.bisnodeclient.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @BisnodeApi} interface as read from the source, before it is checked.
 *
 * @param element the interface
 * @param annotation its {@code @BisnodeApi}
 * @param baseUrl the {@code baseUrl} value
 * @param baseUrlValue where {@code baseUrl} is written, for errors
 * @param scope the {@code scope} value
 * @param scopeValue where {@code scope} is written (or its default), for errors
 * @param headers the fixed headers on the interface, in source order
 * @param endpoints every abstract method to implement, the interface's own first
 */
record ApiModel(
    TypeElement element,
    AnnotationMirror annotation,
    String baseUrl,
    AnnotationValue baseUrlValue,
    String scope,
    AnnotationValue scopeValue,
    List<FixedHeader> headers,
    List<EndpointModel> endpoints) {

  ClassName interfaceName() {
    return ClassName.get(element);
  }

  /** {@code p.Outer.Inner} gives {@code p.BisnodeOuter_Inner}, as the runtime expects. */
  ClassName generatedName() {
    ClassName name = interfaceName();
    return ClassName.get(name.packageName(), "Bisnode" + String.join("_", name.simpleNames()));
  }
}
