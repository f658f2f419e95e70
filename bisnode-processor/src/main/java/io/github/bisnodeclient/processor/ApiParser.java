package io.github.bisnodeclient.processor;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Header;
import io.github.bisnodeclient.annotations.Path;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.annotations.Query;
import io.github.bisnodeclient.annotations.QueryMap;
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
 * as members of the interface, and what each return type asks of the runtime. It reports nothing;
 * {@link ApiValidator} judges what it read.
 */
final class ApiParser {
  static final String BISNODE_API = BisnodeApi.class.getCanonicalName();
  static final String GET = Get.class.getCanonicalName();
  static final String POST = Post.class.getCanonicalName();
  static final String PATH = Path.class.getCanonicalName();
  static final String QUERY = Query.class.getCanonicalName();
  static final String QUERY_MAP = QueryMap.class.getCanonicalName();
  static final String HEADER = Header.class.getCanonicalName();
  static final String HEADER_LIST = Header.List.class.getCanonicalName();
  static final String BODY = Body.class.getCanonicalName();

  static final String BISNODE_RESPONSE = "io.github.bisnodeclient.runtime.BisnodeResponse";
  static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
  private static final String OPTIONAL = "java.util.Optional";
  private static final String INPUT_STREAM = "java.io.InputStream";

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

  ApiModel parse(TypeElement api, AnnotationMirror annotation) {
    AnnotationValue baseUrl = valueOf(annotation, "baseUrl");
    AnnotationValue scope = valueOf(annotation, "scope");
    List<EndpointModel> endpoints = new ArrayList<>();
    for (ExecutableElement method : abstractMethods(api)) {
      endpoints.add(parseEndpoint(api, method));
    }
    return new ApiModel(
        api,
        annotation,
        (String) baseUrl.getValue(),
        baseUrl,
        (String) scope.getValue(),
        scope,
        fixedHeaders(api),
        List.copyOf(endpoints));
  }

  /**
   * The abstract methods the generated class implements: the interface's own in source order, then
   * those of each super-interface, depth first, leaving out methods that a method already seen
   * overrides (an abstract redeclaration or a default method) and the public methods of {@code
   * Object}, which every class already has.
   */
  List<ExecutableElement> abstractMethods(TypeElement api) {
    List<ExecutableElement> seen = new ArrayList<>();
    collectMethods(api, api, seen, new ArrayList<>());
    List<ExecutableElement> result = new ArrayList<>();
    for (ExecutableElement method : seen) {
      if (method.getModifiers().contains(Modifier.ABSTRACT) && !isObjectMethod(method)) {
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
  @Nullable String unresolvedType(TypeElement api) {
    for (TypeMirror parent : api.getInterfaces()) {
      if (parent.getKind() == TypeKind.ERROR) {
        return parent.toString();
      }
    }
    for (ExecutableElement method : abstractMethods(api)) {
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
                : content instanceof String && !isErroneous(value);
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
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      Verb verb = name.equals(GET) ? Verb.GET : name.equals(POST) ? Verb.POST : null;
      if (verb != null) {
        AnnotationValue value = valueOf(mirror, "value");
        verbs.add(
            new VerbAnnotation(verb, mirror, value, PathTemplate.parse((String) value.getValue())));
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
   * Classifies a return type. {@code CompletableFuture<X>} is asynchronous and X is classified as a
   * synchronous return type would be, except that a stream cannot be handed over asynchronously.
   */
  ReturnModel parseReturn(TypeMirror declared) {
    if (declared.getKind() == TypeKind.VOID) {
      return ReturnModel.of(Kind.NONE, declared, null, false);
    }
    if (is(declared, COMPLETABLE_FUTURE)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) declared).getTypeArguments();
      if (arguments.isEmpty()) {
        return ReturnModel.unsupported(
            declared, "CompletableFuture is a raw type; name what it completes with");
      }
      TypeMirror value = arguments.get(0);
      if (value.getKind() == TypeKind.WILDCARD) {
        return ReturnModel.unsupported(
            declared, "the wildcard " + value + " does not say what to decode");
      }
      if (is(value, INPUT_STREAM)) {
        return ReturnModel.unsupported(
            declared,
            "a stream cannot be handed over asynchronously; return InputStream, or"
                + " CompletableFuture<byte[]>");
      }
      ReturnModel inner = parseValue(declared, value);
      return inner.kind() == Kind.UNSUPPORTED
          ? inner
          : ReturnModel.of(inner.kind(), declared, inner.bodyType(), true);
    }
    return parseValue(declared, declared);
  }

  private ReturnModel parseValue(TypeMirror declared, TypeMirror value) {
    switch (value.getKind()) {
      case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE:
        TypeMirror boxed = types.boxedClass((PrimitiveType) value).asType();
        return ReturnModel.of(Kind.JSON, declared, boxed, false);
      case TYPEVAR:
        return ReturnModel.unsupported(
            declared, "the type variable " + value + " does not say what to decode");
      case ARRAY:
        if (((ArrayType) value).getComponentType().getKind() == TypeKind.BYTE) {
          return ReturnModel.of(Kind.BYTES, declared, null, false);
        }
        return concrete(declared, value, Kind.JSON);
      case DECLARED:
        break;
      default:
        return ReturnModel.unsupported(declared, value + " cannot be decoded");
    }
    if (is(value, "java.lang.Void")) {
      return ReturnModel.of(Kind.NONE, declared, null, false);
    }
    if (is(value, "java.lang.String")) {
      return ReturnModel.of(Kind.STRING, declared, null, false);
    }
    if (is(value, INPUT_STREAM)) {
      return ReturnModel.of(Kind.STREAM, declared, null, false);
    }
    String wrapper =
        is(value, OPTIONAL) ? "Optional" : is(value, BISNODE_RESPONSE) ? "BisnodeResponse" : null;
    if (wrapper == null) {
      String misfit = misfit(value);
      return misfit != null
          ? ReturnModel.unsupported(declared, misfit)
          : concrete(declared, value, Kind.JSON);
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) value).getTypeArguments();
    if (arguments.isEmpty()) {
      return ReturnModel.unsupported(
          declared, wrapper + " is a raw type; name what it holds, as in " + wrapper + "<Person>");
    }
    TypeMirror body = arguments.get(0);
    if (body.getKind() == TypeKind.WILDCARD || body.getKind() == TypeKind.TYPEVAR) {
      String what = body.getKind() == TypeKind.WILDCARD ? "wildcard" : "type variable";
      return ReturnModel.unsupported(
          declared, "the " + what + " " + body + " does not say what to decode");
    }
    if (is(body, OPTIONAL) || is(body, BISNODE_RESPONSE)) {
      return ReturnModel.unsupported(
          declared, wrapper + " must not hold an Optional or a BisnodeResponse");
    }
    if (is(body, INPUT_STREAM)) {
      return ReturnModel.unsupported(
          declared, wrapper + " must not hold an InputStream; return InputStream itself");
    }
    if (is(body, "java.lang.Void") && wrapper.equals("Optional")) {
      return ReturnModel.unsupported(declared, "Optional<Void> is always empty; return void");
    }
    String misfit = misfit(body);
    if (misfit != null) {
      return ReturnModel.unsupported(declared, misfit);
    }
    return concrete(declared, body, wrapper.equals("Optional") ? Kind.OPTIONAL : Kind.RESPONSE);
  }

  /** Why a declared type cannot be a decoded value (a future, a stream subclass), or null. */
  private @Nullable String misfit(TypeMirror type) {
    if (isSubtypeOfRaw(type, "java.util.concurrent.Future")
        || isSubtypeOfRaw(type, "java.util.concurrent.CompletionStage")) {
      return is(type, COMPLETABLE_FUTURE)
          ? "CompletableFuture is allowed only as the outermost type"
          : "only CompletableFuture is supported for asynchronous calls, not "
              + types.erasure(type);
    }
    if (isSubtypeOfRaw(type, INPUT_STREAM)) {
      return "a stream is returned as java.io.InputStream, not " + type;
    }
    return null;
  }

  /** {@code kind} decoding into {@code body}, unless it has a raw type or a type variable. */
  private ReturnModel concrete(TypeMirror declared, TypeMirror body, Kind kind) {
    String problem = notConcrete(body);
    return problem == null
        ? ReturnModel.of(kind, declared, body, false)
        : ReturnModel.unsupported(declared, problem);
  }

  /** Why {@code type} cannot be written down at run time, or null when it can. */
  private @Nullable String notConcrete(@Nullable TypeMirror type) {
    if (type == null) {
      return null;
    }
    switch (type.getKind()) {
      case TYPEVAR:
        return "the type variable " + type + " does not say what to decode";
      case ARRAY:
        return notConcrete(((ArrayType) type).getComponentType());
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        String problem = notConcrete(wildcard.getExtendsBound());
        return problem != null ? problem : notConcrete(wildcard.getSuperBound());
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (declared.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()) {
          return element.getQualifiedName() + " is a raw type; give its type arguments";
        }
        if (declared.getEnclosingType() instanceof DeclaredType outer
            && !outer.getTypeArguments().isEmpty()) {
          return type + " is an inner class of a parameterized type";
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
          String argumentProblem = notConcrete(argument);
          if (argumentProblem != null) {
            return argumentProblem;
          }
        }
        return null;
      default:
        return type.getKind().isPrimitive() ? null : type + " cannot be decoded";
    }
  }

  boolean is(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(qualifiedName);
  }

  private boolean isSubtypeOfRaw(TypeMirror type, String qualifiedName) {
    TypeElement element = elements.getTypeElement(qualifiedName);
    return element != null && types.isSubtype(types.erasure(type), types.erasure(element.asType()));
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
