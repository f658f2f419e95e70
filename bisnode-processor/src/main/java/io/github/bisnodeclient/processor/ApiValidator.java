package io.github.bisnodeclient.processor;

import io.github.bisnodeclient.processor.EndpointModel.Verb;
import io.github.bisnodeclient.processor.EndpointModel.VerbAnnotation;
import io.github.bisnodeclient.processor.ParamModel.Binding;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/**
 * Checks a parsed API against what the runtime can do and reports every misuse as an error on the
 * element at fault: the interface, a method, a parameter, or the annotation value itself. Each
 * message says what is wrong, what was found and what is allowed.
 */
final class ApiValidator {
  static final String RETURN_TYPES_ALLOWED =
      "allowed are T, Optional<T>, BisnodeResponse<T>, void, String, byte[], InputStream, or"
          + " CompletableFuture<X> where X is T, Optional<T>, BisnodeResponse<T>, String, byte[]"
          + " or Void; T is a class, record, array or parameterized type without type variables"
          + " or raw types";
  static final String TEXT_TYPES_ALLOWED =
      "String, CharSequence, primitives and their boxes, enums, LocalDate and UUID";
  static final String QUERY_TYPES_ALLOWED =
      TEXT_TYPES_ALLOWED + ", or an Iterable (Collection, List, Set), array or Optional of those";

  /** Exactly-named types whose text form the runtime knows besides enums and primitives. */
  private static final Set<String> TEXT_TYPES =
      Set.of(
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Character",
          "java.lang.Float",
          "java.lang.Double",
          "java.time.LocalDate",
          "java.util.UUID");

  /** RFC 9110 token characters besides letters and digits: what a header name may hold. */
  private static final String TOKEN_PUNCTUATION = "!#$%&'*+-.^_`|~";

  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;

  ApiValidator(Elements elements, Types types, Diagnostics diagnostics) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
  }

  /**
   * Checks what must hold before the element can be read as an API at all: it is a non-generic
   * interface.
   *
   * @return whether parsing can go on
   */
  boolean validateTarget(TypeElement element, AnnotationMirror annotation) {
    if (element.getKind() != ElementKind.INTERFACE) {
      diagnostics.error(
          element,
          annotation,
          "@BisnodeApi is allowed on interfaces only; found %s %s",
          describeKind(element.getKind()),
          element.getSimpleName());
      return false;
    }
    if (!element.getTypeParameters().isEmpty()) {
      diagnostics.error(
          element,
          "@BisnodeApi interface %s must not have type parameters; found <%s>; declare one"
              + " interface per type, which may extend a generic interface",
          element.getSimpleName(),
          element.getTypeParameters().stream()
              .map(Object::toString)
              .collect(Collectors.joining(", ")));
      return false;
    }
    return true;
  }

  private static String describeKind(ElementKind kind) {
    return switch (kind) {
      case ANNOTATION_TYPE -> "annotation type";
      default -> kind.name().toLowerCase(Locale.ROOT);
    };
  }

  void validate(ApiModel api) {
    validateVisibility(api.element());
    if (api.generatedName().simpleName().equals("BisnodeApi")) {
      diagnostics.error(
          api.element(),
          "@BisnodeApi interface %s would be implemented by %s, which hides the annotation"
              + " @BisnodeApi in every file of its package that imports"
              + " io.github.bisnodeclient.annotations.*; rename the interface, such as"
              + " CompaniesApi",
          api.element().getSimpleName(),
          api.generatedName().canonicalName());
    }
    validateBaseUrl(api);
    if (api.scope().isBlank()) {
      diagnostics.error(
          api.element(),
          api.annotation(),
          api.scopeValue(),
          "@BisnodeApi scope must not be blank; found %s; give one or more OAuth2 scopes"
              + " separated by spaces, such as \"bci\"",
          Diagnostics.quote(api.scope()));
    }
    api.headers().forEach(this::validateFixedHeader);
    validateSignatures(api);
    for (EndpointModel endpoint : api.endpoints()) {
      validateEndpoint(endpoint);
    }
  }

  private void validateVisibility(TypeElement api) {
    for (Element e = api; e instanceof TypeElement type; e = e.getEnclosingElement()) {
      if (type.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.error(
            api,
            "@BisnodeApi interface %s is not visible to its generated class: %s is private;"
                + " make it package-private or public",
            api.getSimpleName(),
            type.getSimpleName());
        return;
      }
    }
  }

  private void validateBaseUrl(ApiModel api) {
    String url = api.baseUrl();
    String problem = baseUrlProblem(url);
    if (problem != null) {
      diagnostics.error(
          api.element(),
          api.annotation(),
          api.baseUrlValue(),
          "@BisnodeApi baseUrl %s; found %s",
          problem,
          Diagnostics.quote(url));
    }
  }

  private static @Nullable String baseUrlProblem(String url) {
    String absolute =
        "must be an absolute https:// URL, such as"
            + " \"https://api.bisnode.com/consumerintelligence/person/v2\"";
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return absolute;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || !(scheme.equals("https") || scheme.equals("http"))) {
      return absolute;
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      return "must use https://; http:// is allowed only for localhost, 127.x.x.x and [::1]";
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      return "must not have a query, fragment or user info; give query parameters with @Query";
    }
    return null;
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]");
  }

  private void validateFixedHeader(FixedHeader header) {
    String line = header.line();
    String wrong = null;
    if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
      wrong = "must not contain CR or LF";
    } else if (line.indexOf(':') < 0) {
      wrong = "has no colon";
    } else if (!isToken(header.name())) {
      wrong = "has the invalid header name " + Diagnostics.quote(header.name());
    }
    if (wrong != null) {
      diagnostics.error(
          header,
          "@Header(%s) on %s %s; a fixed header is written \"Name: value\", such as"
              + " \"Accept: application/pdf\"",
          Diagnostics.quote(line),
          header.element().getKind() == ElementKind.METHOD ? "a method" : "an interface",
          wrong);
    }
  }

  /** Two methods with the same signature from different super-interfaces: one would be lost. */
  private void validateSignatures(ApiModel api) {
    List<EndpointModel> endpoints = api.endpoints();
    for (int i = 0; i < endpoints.size(); i++) {
      for (int j = 0; j < i; j++) {
        EndpointModel a = endpoints.get(j);
        EndpointModel b = endpoints.get(i);
        if (a.name().equals(b.name()) && types.isSubsignature(a.type(), b.type())) {
          diagnostics.error(
              api.element(),
              "%s.%s and %s.%s have the same signature; redeclare %s in %s with its own"
                  + " @Get or @Post",
              a.declaringType().getSimpleName(),
              a.display(),
              b.declaringType().getSimpleName(),
              b.display(),
              a.display(),
              api.element().getSimpleName());
        }
      }
    }
  }

  private void validateEndpoint(EndpointModel endpoint) {
    Element method = endpoint.method();
    if (endpoint.verbs().isEmpty()) {
      diagnostics.error(
          method,
          "%s has no @Get or @Post; every abstract method of a @BisnodeApi interface needs"
              + " exactly one (default and static methods are left alone)",
          endpoint.display());
    } else if (endpoint.verbs().size() > 1) {
      diagnostics.error(
          method,
          endpoint.verbs().get(1).annotation(),
          "%s has both @Get and @Post; use exactly one",
          endpoint.display());
    }
    if (!endpoint.method().getTypeParameters().isEmpty()) {
      diagnostics.error(
          method,
          "%s must not have type parameters; found <%s>; the runtime needs the concrete types",
          endpoint.display(),
          endpoint.method().getTypeParameters().stream()
              .map(Object::toString)
              .collect(Collectors.joining(", ")));
    }
    endpoint.headers().forEach(this::validateFixedHeader);
    ReturnModel returns = endpoint.returns();
    if (returns.problem() != null) {
      diagnostics.error(
          method,
          "%s returns %s, which is not supported: %s; %s",
          endpoint.display(),
          returns.declared(),
          returns.problem(),
          RETURN_TYPES_ALLOWED);
    }
    VerbAnnotation verb = endpoint.verbs().isEmpty() ? null : endpoint.verbs().get(0);
    if (verb != null && verb.path().problem() != null) {
      diagnostics.error(
          method, verb.annotation(), verb.value(), "%s %s", verb.display(), verb.path().problem());
    }
    validateParams(endpoint, verb);
  }

  /**
   * Checks each parameter's binding. {@code verb} is the method's first verb, null when it has
   * none; when its template is invalid, {@code @Path} names are not checked against it.
   */
  private void validateParams(EndpointModel endpoint, @Nullable VerbAnnotation verb) {
    ParamModel body = null;
    Map<String, ParamModel> paths = new HashMap<>();
    for (ParamModel param : endpoint.params()) {
      if (param.bindings().isEmpty()) {
        diagnostics.error(
            param.element(),
            "Parameter %s of %s has no binding annotation; use one of @Path, @Query, @QueryMap,"
                + " @Header or @Body",
            param.name(),
            endpoint.display());
        continue;
      }
      if (param.bindings().size() > 1) {
        diagnostics.error(
            param.element(),
            param.bindings().get(1).annotation(),
            "Parameter %s has both %s and %s; use exactly one",
            param.name(),
            param.bindings().get(0).kind().annotation(),
            param.bindings().get(1).kind().annotation());
        continue;
      }
      Binding binding = param.binding();
      switch (binding.kind()) {
        case PATH -> {
          validatePath(verb, param, binding, paths);
          validateText(param, binding, false);
        }
        case QUERY -> {
          validateName(param, binding);
          validateText(param, binding, true);
        }
        case HEADER -> {
          validateHeaderName(param, binding);
          validateText(param, binding, false);
        }
        case QUERY_MAP -> validateQueryMap(param, binding);
        case BODY -> {
          if (verb != null && verb.verb() == Verb.GET) {
            diagnostics.error(
                param.element(),
                binding.annotation(),
                "@Body is not allowed on a @Get method; found @Body %s in %s; send a body with"
                    + " @Post",
                param.name(),
                endpoint.display());
          } else if (body != null) {
            diagnostics.error(
                param.element(),
                binding.annotation(),
                "Only one @Body parameter is allowed; found %s and %s",
                body.name(),
                param.name());
          } else {
            body = param;
          }
        }
      }
    }
    if (verb != null && verb.path().problem() == null) {
      for (String placeholder : verb.path().placeholders()) {
        if (!paths.containsKey(placeholder)) {
          diagnostics.error(
              endpoint.method(),
              verb.annotation(),
              verb.value(),
              "%s has {%s} but no @Path(\"%s\") parameter; add one to %s",
              verb.display(),
              placeholder,
              placeholder,
              endpoint.display());
        }
      }
    }
  }

  private void validatePath(
      @Nullable VerbAnnotation verb,
      ParamModel param,
      Binding binding,
      Map<String, ParamModel> paths) {
    ParamModel earlier = paths.putIfAbsent(binding.name(), param);
    if (earlier != null) {
      diagnostics.error(
          param.element(),
          binding.annotation(),
          binding.value(),
          "%s is bound twice: parameters %s and %s both fill {%s}; keep one",
          binding.display(),
          earlier.name(),
          param.name(),
          binding.name());
    } else if (verb != null
        && verb.path().problem() == null
        && !verb.path().placeholders().contains(binding.name())) {
      diagnostics.error(
          param.element(),
          binding.annotation(),
          binding.value(),
          "%s has no {%s} in %s; placeholders there: %s",
          binding.display(),
          binding.name(),
          Diagnostics.quote(verb.path().template()),
          verb.path().placeholders().isEmpty()
              ? "none"
              : verb.path().placeholders().stream()
                  .map(name -> "{" + name + "}")
                  .collect(Collectors.joining(", ")));
    }
  }

  private void validateName(ParamModel param, Binding binding) {
    if (binding.name().isEmpty()) {
      diagnostics.error(
          param.element(),
          binding.annotation(),
          binding.value(),
          "%s name must not be empty; found %s on %s",
          binding.kind().annotation(),
          binding.display(),
          param.name());
    }
  }

  private void validateHeaderName(ParamModel param, Binding binding) {
    String name = binding.name();
    String wrong =
        name.isEmpty()
            ? "must not be empty"
            : name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0
                ? "must not contain CR or LF"
                : name.indexOf(':') >= 0
                    ? "must not contain a colon; on a parameter, @Header names the header and the"
                        + " argument is its value"
                    : !isToken(name)
                        ? "must be an HTTP token: letters, digits and " + TOKEN_PUNCTUATION
                        : null;
    if (wrong != null) {
      diagnostics.error(
          param.element(),
          binding.annotation(),
          binding.value(),
          "@Header name %s; found %s on %s",
          wrong,
          binding.display(),
          param.name());
    }
  }

  private static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letterOrDigit =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && TOKEN_PUNCTUATION.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private void validateText(ParamModel param, Binding binding, boolean query) {
    boolean ok = query ? isQueryValue(param.type()) : isText(param.type());
    if (!ok) {
      diagnostics.error(
          param.element(),
          "%s parameter %s has type %s, which has no text form; allowed are %s",
          binding.kind().annotation(),
          param.name(),
          param.type(),
          query ? QUERY_TYPES_ALLOWED : TEXT_TYPES_ALLOWED);
    }
  }

  private void validateQueryMap(ParamModel param, Binding binding) {
    DeclaredType map = supertype(param.type(), "java.util.Map");
    boolean ok =
        map != null
            && map.getTypeArguments().size() == 2
            && isExactly(map.getTypeArguments().get(0), "java.lang.String")
            && isQueryMapValue(map.getTypeArguments().get(1));
    if (!ok) {
      diagnostics.error(
          param.element(),
          binding.annotation(),
          "@QueryMap parameter %s must be a Map<String, ?>; found %s; keys are query names and"
              + " values are %s",
          param.name(),
          param.type(),
          QUERY_TYPES_ALLOWED);
    }
  }

  private boolean isQueryMapValue(TypeMirror value) {
    if (value instanceof WildcardType wildcard) {
      if (wildcard.getSuperBound() != null) {
        return false;
      }
      TypeMirror bound = wildcard.getExtendsBound();
      return bound == null || isExactly(bound, "java.lang.Object") || isQueryValue(bound);
    }
    return isExactly(value, "java.lang.Object") || isQueryValue(value);
  }

  /** A value the runtime turns into one or more query values. */
  private boolean isQueryValue(TypeMirror type) {
    if (isText(type)) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return isText(array.getComponentType());
    }
    DeclaredType container =
        isExactly(type, "java.util.Optional")
            ? (DeclaredType) type
            : supertype(type, "java.lang.Iterable");
    if (container == null || container.getTypeArguments().size() != 1) {
      return false;
    }
    TypeMirror element = container.getTypeArguments().get(0);
    if (element instanceof WildcardType wildcard) {
      element = wildcard.getExtendsBound();
    }
    return element != null && isText(element);
  }

  /** A value with one text form the runtime knows. */
  private boolean isText(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM
        || TEXT_TYPES.contains(element.getQualifiedName().toString())) {
      return true;
    }
    TypeElement charSequence = elements.getTypeElement("java.lang.CharSequence");
    return charSequence != null && types.isAssignable(type, charSequence.asType());
  }

  private static boolean isExactly(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(qualifiedName);
  }

  /**
   * {@code type} seen as its supertype {@code qualifiedName}, with type arguments substituted, such
   * as {@code Iterable<String>} for {@code ArrayList<String>}; null when it is not one or is raw.
   */
  private @Nullable DeclaredType supertype(TypeMirror type, String qualifiedName) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    if (isExactly(type, qualifiedName)) {
      return (DeclaredType) type;
    }
    for (TypeMirror parent : types.directSupertypes(type)) {
      DeclaredType found = supertype(parent, qualifiedName);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
