package io.github.bisnodeclient.processor;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Delete;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Header;
import io.github.bisnodeclient.annotations.Idempotent;
import io.github.bisnodeclient.annotations.Patch;
import io.github.bisnodeclient.annotations.Path;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.annotations.Put;
import io.github.bisnodeclient.annotations.Query;
import io.github.bisnodeclient.annotations.QueryMap;
import io.github.bisnodeclient.annotations.Timeout;
import io.github.bisnodeclient.processor.EndpointModel.Verb;
import io.github.bisnodeclient.processor.EndpointModel.VerbAnnotation;
import io.github.bisnodeclient.processor.ParamModel.Binding;
import io.github.bisnodeclient.processor.ReturnModel.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code @BisnodeApi} interface into an {@link ApiModel}: annotations with the positions
 * errors point at, the abstract methods to implement (inherited ones too) with their types resolved
 * as members of the interface, what each return type asks of the runtime, and our annotations on
 * the default, static and private methods, which are never implemented. It reads whatever carries
 * {@code @BisnodeApi}, judges nothing and reports nothing: {@link ApiValidator} owns every rule and
 * message.
 */
final class ApiParser {
  static final String BISNODE_API = BisnodeApi.class.getCanonicalName();
  static final String GET = Get.class.getCanonicalName();
  static final String POST = Post.class.getCanonicalName();
  static final String PUT = Put.class.getCanonicalName();
  static final String DELETE = Delete.class.getCanonicalName();
  static final String PATCH = Patch.class.getCanonicalName();
  static final String IDEMPOTENT = Idempotent.class.getCanonicalName();
  static final String TIMEOUT = Timeout.class.getCanonicalName();
  static final String PATH = Path.class.getCanonicalName();
  static final String QUERY = Query.class.getCanonicalName();
  static final String QUERY_MAP = QueryMap.class.getCanonicalName();
  static final String HEADER = Header.class.getCanonicalName();
  static final String HEADER_LIST = Header.List.class.getCanonicalName();
  static final String BODY = Body.class.getCanonicalName();

  static final String BISNODE_RESPONSE = "io.github.bisnodeclient.runtime.BisnodeResponse";
  static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
  static final String OPTIONAL = "java.util.Optional";
  static final String INPUT_STREAM = "java.io.InputStream";

  private static final Map<String, Verb> VERBS =
      Map.of(GET, Verb.GET, POST, Verb.POST, PUT, Verb.PUT, DELETE, Verb.DELETE, PATCH, Verb.PATCH);

  private static final Map<String, ParamModel.Kind> PARAM_KINDS =
      Map.of(
          PATH, ParamModel.Kind.PATH,
          QUERY, ParamModel.Kind.QUERY,
          QUERY_MAP, ParamModel.Kind.QUERY_MAP,
          HEADER, ParamModel.Kind.HEADER,
          BODY, ParamModel.Kind.BODY);

  private final Elements elements;
  private final Types types;

  ApiParser(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * Reads the element. When a type or annotation value is not resolved yet, only that is read: the
   * model then has no headers or endpoints, and its strings are what javac shows for them.
   */
  ApiModel parse(TypeElement api, AnnotationMirror annotation) {
    AnnotationValue baseUrl = valueOf(annotation, "baseUrl");
    AnnotationValue scope = valueOf(annotation, "scope");
    String unresolved = unresolvedType(api);
    List<EndpointModel> endpoints = new ArrayList<>();
    List<EndpointModel> objectMethods = new ArrayList<>();
    List<BodiedMethodModel> bodiedMethods = new ArrayList<>();
    List<FixedHeader> headers = List.of();
    if (unresolved == null) {
      headers = fixedHeaders(api);
      for (ExecutableElement method : abstractMethods(api, false)) {
        endpoints.add(parseEndpoint(api, method));
      }
      for (ExecutableElement method : abstractMethods(api, true)) {
        objectMethods.add(parseEndpoint(api, method));
      }
      collectBodiedMethods(api, api, bodiedMethods, new ArrayList<>());
    }
    return new ApiModel(
        api,
        annotation,
        String.valueOf(baseUrl.getValue()),
        baseUrl,
        String.valueOf(scope.getValue()),
        scope,
        headers,
        List.copyOf(endpoints),
        List.copyOf(objectMethods),
        List.copyOf(bodiedMethods),
        unresolved);
  }

  /**
   * The default, static and private methods of {@code type} and of its super-interfaces, depth
   * first, each interface once. A super-interface that carries {@code @BisnodeApi} itself is left
   * out with its own super-interfaces, as its own model reads them.
   */
  private void collectBodiedMethods(
      TypeElement api, TypeElement type, List<BodiedMethodModel> found, List<TypeElement> visited) {
    if (visited.contains(type) || (type != api && isBisnodeApi(type))) {
      return;
    }
    visited.add(type);
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        found.add(parseBodiedMethod(method));
      }
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        collectBodiedMethods(
            api, (TypeElement) ((DeclaredType) parent).asElement(), found, visited);
      }
    }
  }

  private static boolean isBisnodeApi(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (nameOf(mirror).equals(BISNODE_API)) {
        return true;
      }
    }
    return false;
  }

  private BodiedMethodModel parseBodiedMethod(ExecutableElement method) {
    List<AnnotationMirror> annotations = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      if (VERBS.containsKey(name) || name.equals(IDEMPOTENT) || name.equals(TIMEOUT)) {
        annotations.add(mirror);
      }
    }
    List<ParamModel> params = new ArrayList<>();
    for (VariableElement param : method.getParameters()) {
      params.add(parseParam(param, param.asType()));
    }
    return new BodiedMethodModel(
        method, List.copyOf(annotations), fixedHeaders(method), List.copyOf(params));
  }

  /**
   * The abstract methods the generated class implements: the interface's own in source order, then
   * those of each super-interface, depth first, leaving out methods that a method already seen
   * overrides (an abstract redeclaration or a default method). With {@code objectMethods}, only the
   * redeclared public methods of {@code Object}, which every class already has; without, all but
   * those.
   */
  private List<ExecutableElement> abstractMethods(TypeElement api, boolean objectMethods) {
    List<ExecutableElement> seen = new ArrayList<>();
    collectMethods(api, api, seen, new ArrayList<>());
    List<ExecutableElement> result = new ArrayList<>();
    for (ExecutableElement method : seen) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          && isObjectMethod(method) == objectMethods) {
        result.add(method);
      }
    }
    return result;
  }

  private void collectMethods(
      TypeElement api, TypeElement type, List<ExecutableElement> seen, List<TypeElement> visited) {
    if (visited.contains(type)) {
      return;
    }
    visited.add(type);
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.STATIC)
          || method.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      boolean overridden = false;
      for (ExecutableElement earlier : seen) {
        if (earlier.getSimpleName().equals(method.getSimpleName())
            && elements.overrides(earlier, method, api)) {
          overridden = true;
          break;
        }
      }
      if (!overridden) {
        seen.add(method);
      }
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        collectMethods(api, (TypeElement) ((DeclaredType) parent).asElement(), seen, visited);
      }
    }
  }

  /** {@code equals(Object)}, {@code hashCode()} and {@code toString()} redeclared. */
  private boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    List<? extends VariableElement> params = method.getParameters();
    return switch (name) {
      case "hashCode", "toString" -> params.isEmpty();
      case "equals" ->
          params.size() == 1
              && types.isSameType(
                  types.erasure(params.get(0).asType()),
                  elements.getTypeElement("java.lang.Object").asType());
      default -> false;
    };
  }

  /**
   * The first type in the signatures of the API's methods (or its super-interfaces) that javac
   * could not resolve yet, or annotation value it could not compute; such types may be generated by
   * another processor in a later round. Null when everything is resolved.
   */
  private @Nullable String unresolvedType(TypeElement api) {
    for (TypeMirror parent : api.getInterfaces()) {
      if (parent.getKind() == TypeKind.ERROR) {
        return parent.toString();
      }
    }
    for (ExecutableElement method : abstractMethods(api, false)) {
      ExecutableType type = memberType(api, method);
      String unresolved = unresolvedIn(type.getReturnType());
      for (TypeMirror param : type.getParameterTypes()) {
        unresolved = unresolved != null ? unresolved : unresolvedIn(param);
      }
      if (unresolved != null) {
        return unresolved;
      }
      List<Element> annotated = new ArrayList<>(method.getParameters());
      annotated.add(method);
      for (Element element : annotated) {
        String unreadable = unreadableValue(element);
        if (unreadable != null) {
          return unreadable;
        }
      }
    }
    return unreadableValue(api);
  }

  /**
   * The first of our annotations on {@code element} whose value javac could not compute (such as a
   * constant that does not exist yet), or null. Our members are all strings, or for {@code
   * Header.List} an array of annotations.
   */
  private @Nullable String unreadableValue(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      if (!name.startsWith(BISNODE_API.substring(0, BISNODE_API.lastIndexOf('.') + 1))) {
        continue;
      }
      for (AnnotationValue value : mirror.getElementValues().values()) {
        Object content = value.getValue();
        boolean readable =
            name.equals(HEADER_LIST)
                ? content instanceof List<?> list
                    && list.stream()
                        .allMatch(
                            each ->
                                each instanceof AnnotationValue v
                                    && v.getValue() instanceof AnnotationMirror m
                                    && unreadableValue(m) == null)
                : content instanceof String
                    ? !isErroneous(value)
                    // @Timeout's long and TimeUnit; javac hands an uncomputable one over as text
                    : content instanceof Number || content instanceof VariableElement;
        if (!readable) {
          return "the value of @" + mirror.getAnnotationType().asElement().getSimpleName();
        }
      }
    }
    return null;
  }

  /**
   * javac hands a value it could not compute to processors as the string {@code <error>}; only its
   * {@code toString()}, which quotes real strings, tells it apart from that text.
   */
  private static boolean isErroneous(AnnotationValue value) {
    return value.toString().equals("<error>");
  }

  private @Nullable String unreadableValue(AnnotationMirror mirror) {
    for (AnnotationValue value : mirror.getElementValues().values()) {
      if (!(value.getValue() instanceof String) || isErroneous(value)) {
        return "the value of " + mirror;
      }
    }
    return null;
  }

  private @Nullable String unresolvedIn(@Nullable TypeMirror type) {
    if (type == null) {
      return null;
    }
    switch (type.getKind()) {
      case ERROR:
        return type.toString();
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          String unresolved = unresolvedIn(argument);
          if (unresolved != null) {
            return unresolved;
          }
        }
        return null;
      case ARRAY:
        return unresolvedIn(((ArrayType) type).getComponentType());
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        String unresolved = unresolvedIn(wildcard.getExtendsBound());
        return unresolved != null ? unresolved : unresolvedIn(wildcard.getSuperBound());
      default:
        return null;
    }
  }

  private EndpointModel parseEndpoint(TypeElement api, ExecutableElement method) {
    ExecutableType type = memberType(api, method);
    List<VerbAnnotation> verbs = new ArrayList<>();
    AnnotationMirror idempotent = null;
    AnnotationMirror timeout = null;
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      Verb verb = VERBS.get(name);
      if (verb != null) {
        AnnotationValue value = valueOf(mirror, "value");
        verbs.add(new VerbAnnotation(verb, mirror, value, (String) value.getValue()));
      } else if (name.equals(IDEMPOTENT)) {
        idempotent = mirror;
      } else if (name.equals(TIMEOUT)) {
        timeout = mirror;
      }
    }
    List<ParamModel> params = new ArrayList<>();
    List<? extends VariableElement> elements = method.getParameters();
    for (int i = 0; i < elements.size(); i++) {
      params.add(parseParam(elements.get(i), type.getParameterTypes().get(i)));
    }
    return new EndpointModel(
        method,
        type,
        (TypeElement) Objects.requireNonNull(method.getEnclosingElement()),
        List.copyOf(verbs),
        idempotent,
        timeout,
        fixedHeaders(method),
        List.copyOf(params),
        parseReturn(type.getReturnType()));
  }

  private ExecutableType memberType(TypeElement api, ExecutableElement method) {
    return (ExecutableType) types.asMemberOf((DeclaredType) api.asType(), method);
  }

  private ParamModel parseParam(VariableElement param, TypeMirror type) {
    List<Binding> bindings = new ArrayList<>();
    for (AnnotationMirror mirror : param.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      ParamModel.Kind kind = PARAM_KINDS.get(name);
      if (kind == ParamModel.Kind.QUERY_MAP || kind == ParamModel.Kind.BODY) {
        bindings.add(new Binding(kind, "", mirror, null));
      } else if (kind != null) {
        AnnotationValue value = valueOf(mirror, "value");
        bindings.add(new Binding(kind, (String) value.getValue(), mirror, value));
      }
    }
    return new ParamModel(param, type, List.copyOf(bindings));
  }

  /** The {@code @Header} annotations on a method or interface, repeated ones unpacked. */
  private List<FixedHeader> fixedHeaders(Element element) {
    List<FixedHeader> headers = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      if (name.equals(HEADER)) {
        headers.add(fixedHeader(element, mirror, -1));
      } else if (name.equals(HEADER_LIST)) {
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> repeated =
            (List<? extends AnnotationValue>) valueOf(mirror, "value").getValue();
        for (int i = 0; i < repeated.size(); i++) {
          headers.add(fixedHeader(element, (AnnotationMirror) repeated.get(i).getValue(), i));
        }
      }
    }
    return List.copyOf(headers);
  }

  private FixedHeader fixedHeader(Element element, AnnotationMirror mirror, int repeatIndex) {
    AnnotationValue value = valueOf(mirror, "value");
    return new FixedHeader(element, mirror, value, (String) value.getValue(), repeatIndex);
  }

  /**
   * Reads what a return type asks of the runtime from its shape: {@code CompletableFuture<X>} is
   * asynchronous and X is read as a synchronous return type would be; {@code Optional<T>} and
   * {@code BisnodeResponse<T>} decode into T; anything else but the raw forms ({@code String},
   * {@code byte[]}, {@code InputStream}, {@code void}) is decoded as JSON.
   */
  ReturnModel parseReturn(TypeMirror declared) {
    if (declared.getKind() == TypeKind.VOID) {
      return new ReturnModel(Kind.NONE, declared, null, false);
    }
    if (is(declared, COMPLETABLE_FUTURE)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) declared).getTypeArguments();
      ReturnModel inner =
          arguments.isEmpty()
              ? parseValue(declared, declared)
              : parseValue(declared, arguments.get(0));
      return new ReturnModel(inner.kind(), declared, inner.bodyType(), true);
    }
    return parseValue(declared, declared);
  }

  private ReturnModel parseValue(TypeMirror declared, TypeMirror value) {
    if (value.getKind().isPrimitive()) {
      TypeMirror boxed = types.boxedClass((PrimitiveType) value).asType();
      return new ReturnModel(Kind.JSON, declared, boxed, false);
    }
    if (value.getKind() == TypeKind.ARRAY
        && ((ArrayType) value).getComponentType().getKind() == TypeKind.BYTE) {
      return new ReturnModel(Kind.BYTES, declared, null, false);
    }
    if (is(value, "java.lang.Void")) {
      return new ReturnModel(Kind.NONE, declared, null, false);
    }
    if (is(value, "java.lang.String")) {
      return new ReturnModel(Kind.STRING, declared, null, false);
    }
    if (is(value, INPUT_STREAM)) {
      return new ReturnModel(Kind.STREAM, declared, null, false);
    }
    Kind wrapper =
        is(value, OPTIONAL) ? Kind.OPTIONAL : is(value, BISNODE_RESPONSE) ? Kind.RESPONSE : null;
    if (wrapper == null) {
      return new ReturnModel(Kind.JSON, declared, value, false);
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) value).getTypeArguments();
    return new ReturnModel(wrapper, declared, arguments.isEmpty() ? null : arguments.get(0), false);
  }

  static boolean is(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(qualifiedName);
  }

  static String nameOf(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The value of an annotation member, its default when not written. */
  AnnotationValue valueOf(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    throw new IllegalStateException(nameOf(mirror) + " has no member " + member);
  }
}
