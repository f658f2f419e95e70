package io.github.bisnodeclient.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

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
 * @param objectMethods {@code toString()}, {@code hashCode()} and {@code equals(Object)} where the
 *     interface or a super-interface redeclares them: every class implements them already
 * @param bodiedMethods the default, static and private methods of the interface and of its
 *     super-interfaces that are not {@code @BisnodeApi} interfaces themselves, with our annotations
 *     on them
 * @param unresolved the first type or annotation value javac could not resolve yet, such as a type
 *     another processor generates in a later round; null when everything is resolved, and then the
 *     other members are read
 */
record ApiModel(
    TypeElement element,
    AnnotationMirror annotation,
    String baseUrl,
    AnnotationValue baseUrlValue,
    String scope,
    AnnotationValue scopeValue,
    List<FixedHeader> headers,
    List<EndpointModel> endpoints,
    List<EndpointModel> objectMethods,
    List<BodiedMethodModel> bodiedMethods,
    @Nullable String unresolved) {

  ClassName interfaceName() {
    return ClassName.get(element);
  }

  /** {@code p.Outer.Inner} gives {@code p.BisnodeOuter_Inner}, as the runtime expects. */
  ClassName generatedName() {
    ClassName name = interfaceName();
    return ClassName.get(name.packageName(), "Bisnode" + String.join("_", name.simpleNames()));
  }
}
