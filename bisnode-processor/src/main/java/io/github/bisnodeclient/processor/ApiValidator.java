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
import java.util.regex.Pattern;
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
  /** What {@link #validate} found. */
  enum Verdict {
    /** No error: the client can be written. */
    VALID,
    /** Errors were reported; nothing is written. */
    INVALID,
    /** A type is not resolved yet; ask again in the next round. Nothing was reported. */
    DEFERRED
  }

  /**
   * The interfaces and abstract classes Gson creates without help, as its {@code
   * ConstructorConstructor} and built-in adapters do: the collection and map types that one of its
   * default implementations ({@code ArrayList}, {@code LinkedHashSet}, {@code TreeSet}, {@code
   * ArrayDeque}, {@code LinkedHashMap}, {@code TreeMap}, {@code ConcurrentHashMap}, {@code
   * ConcurrentSkipListMap}) implements, {@code EnumSet}, and the types of its own adapters.
   */
  static final String GSON_ABSTRACT_TYPES_ALLOWED =
      "Collection, List, Set, SortedSet, NavigableSet, Queue, Deque, Map, SortedMap, NavigableMap,"
          + " ConcurrentMap, ConcurrentNavigableMap, EnumSet, Number, Calendar, JsonElement, or a"
          + " type annotated @JsonAdapter";

  static final String RETURN_TYPES_ALLOWED =
      "allowed are T, Optional<T>, BisnodeResponse<T>, void, String, byte[], InputStream, or"
          + " CompletableFuture<X> where X is T, Optional<T>, BisnodeResponse<T>, String, byte[]"
          + " or Void; T is a class, record, enum, array or parameterized type without type"
          + " variables or raw types, and an interface or abstract class only where Gson creates"
          + " one: "
          + GSON_ABSTRACT_TYPES_ALLOWED;

  /** Default implementations Gson instantiates for a collection type it is asked for. */
  private static final List<String> GSON_COLLECTIONS =
      List.of(
          "java.util.ArrayList",
          "java.util.LinkedHashSet",
          "java.util.TreeSet",
          "java.util.ArrayDeque");

  /** Default implementations Gson instantiates for a map type it is asked for. */
  private static final List<String> GSON_MAPS =
      List.of(
          "java.util.LinkedHashMap",
          "java.util.TreeMap",
          "java.util.concurrent.ConcurrentHashMap",
          "java.util.concurrent.ConcurrentSkipListMap");

  /** Abstract types Gson has a built-in adapter or constructor for. */
  private static final Set<String> GSON_ABSTRACT_ADAPTED =
      Set.of(
          "java.util.EnumSet",
          "java.lang.Number",
          "java.util.Calendar",
          "com.google.gson.JsonElement");

  private static final String JSON_ADAPTER = "com.google.gson.annotations.JsonAdapter";

  /** Object's methods an interface may redeclare; every class implements them already. */
  private static final String OBJECT_METHODS = "toString(), hashCode() and equals(Object)";

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
   * Checks a parsed API and reports every error. The element must be a non-generic interface before
   * anything else is checked; a type that is not resolved yet defers the rest.
   */
  Verdict validate(ApiModel api) {
    if (!validateTarget(api.element(), api.annotation())) {
      return Verdict.INVALID;
    }
    if (api.unresolved() != null) {
      return Verdict.DEFERRED;
    }
    validateApi(api);
    return diagnostics.hasErrors() ? Verdict.INVALID : Verdict.VALID;
  }

  /** An API still deferred when processing ends: the type it waited for never came. */
  void reportUnresolved(TypeElement api, String unresolved) {
    diagnostics.error(
        api,
        "bisnode-processor could not write the client of %s because %s could not be resolved",
        api.getQualifiedName(),
        unresolved);
  }

  private boolean validateTarget(TypeElement element, AnnotationMirror annotation) {
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

  private void validateApi(ApiModel api) {
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
    api.objectMethods().forEach(this::validateObjectMethod);
    api.bodiedMethods().forEach(this::validateBodiedMethod);
  }

  /**
   * A default, static or private method is never sent as a request, so each of our annotations on
   * it or on its parameters would be silently ignored; the method itself stays a plain Java method.
   */
  private void validateBodiedMethod(BodiedMethodModel method) {
    String modifiers = method.modifiers();
    String fix =
        "only abstract methods are sent as requests; remove the annotation, or the "
            + modifiers
            + (modifiers.indexOf(' ') < 0 ? " modifier" : " modifiers")
            + " and the method body";
    for (AnnotationMirror annotation : method.annotations()) {
      diagnostics.error(
          method.method(),
          annotation,
          "@%s on the %s method %s has no effect: %s",
          annotation.getAnnotationType().asElement().getSimpleName(),
          modifiers,
          method.display(),
          fix);
    }
    for (FixedHeader header : method.headers()) {
      diagnostics.error(
          header,
          "@Header on the %s method %s has no effect: %s",
          modifiers,
          method.display(),
          fix);
    }
    for (ParamModel param : method.params()) {
      for (Binding binding : param.bindings()) {
        diagnostics.error(
            param.element(),
            binding.annotation(),
            "%s on parameter %s of the %s method %s has no effect: %s",
            binding.kind().annotation(),
            param.name(),
            modifiers,
            method.display(),
            fix);
      }
    }
  }

  /** A redeclared {@code toString()} and the like is never implemented: a verb on it is a lie. */
  private void validateObjectMethod(EndpointModel method) {
    for (VerbAnnotation verb : method.verbs()) {
      diagnostics.error(
          method.method(),
          verb.annotation(),
          "%s means nothing on %s: the generated class inherits %s from Object and never calls"
              + " Bisnode for them; rename the method",
          verb.verb().annotation(),
          method.display(),
          OBJECT_METHODS);
    }
    AnnotationMirror idempotent = method.idempotent();
    if (idempotent != null) {
      diagnostics.error(
          method.method(),
          idempotent,
          "@Idempotent means nothing on %s: the generated class inherits %s from Object and never"
              + " calls Bisnode for them; remove it",
          method.display(),
          OBJECT_METHODS);
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

  /** What is wrong with a base URL, completing "@BisnodeApi baseUrl ...", or null. */
  static @Nullable String baseUrlProblem(String url) {
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

  /** localhost, an IPv4 address in 127.0.0.0/8 (not a name such as 127.example.com), or ::1. */
  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || LOOPBACK_V4.matcher(h).matches() || h.equals("[::1]");
  }

  private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

  /** What is wrong with a fixed header line such as {@code "Accept: application/pdf"}, or null. */
  static @Nullable String fixedHeaderProblem(String line) {
    if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
      return "must not contain CR or LF";
    } else if (line.indexOf(':') < 0) {
      return "has no colon";
    } else if (!isToken(FixedHeader.nameOf(line))) {
      return "has the invalid header name " + Diagnostics.quote(FixedHeader.nameOf(line));
    }
    return null;
  }

  private void validateFixedHeader(FixedHeader header) {
    String line = header.line();
    String wrong = fixedHeaderProblem(line);
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
                  + " @Get, @Post, @Put, @Delete or @Patch",
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
          "%s has no @Get, @Post, @Put, @Delete or @Patch; every abstract method of a @BisnodeApi"
              + " interface needs exactly one (default and static methods are left alone)",
          endpoint.display());
    } else if (endpoint.verbs().size() > 1) {
      diagnostics.error(
          method,
          endpoint.verbs().get(1).annotation(),
          "%s has both %s and %s; use exactly one",
          endpoint.display(),
          endpoint.verbs().get(0).verb().annotation(),
          endpoint.verbs().get(1).verb().annotation());
    }
    AnnotationMirror idempotent = endpoint.idempotent();
    if (idempotent != null
        && !endpoint.verbs().isEmpty()
        && endpoint.verbs().get(0).verb().isIdempotent()) {
      Verb verb = endpoint.verbs().get(0).verb();
      diagnostics.error(
          method,
          idempotent,
          "@Idempotent means nothing on a %s method: GET, PUT and DELETE are always idempotent"
              + " and resent after 429, 503 or a failed connection; it marks a @Post or @Patch"
              + " that is safe to resend",
          verb.annotation());
    }
    AnnotationMirror timeout = endpoint.timeout();
    if (timeout != null && endpoint.timeoutMillis() < 1) {
      diagnostics.error(
          method,
          timeout,
          "@Timeout must be at least 1 millisecond; found %d ms",
          endpoint.timeoutMillis());
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
    TypeMirror returned = endpoint.returns().declared();
    String problem = returnProblem(returned);
    if (problem != null) {
      diagnostics.error(
          method,
          "%s returns %s, which is not supported: %s; %s",
          endpoint.display(),
          returned,
          problem,
          RETURN_TYPES_ALLOWED);
    }
    VerbAnnotation verb = endpoint.verbs().isEmpty() ? null : endpoint.verbs().get(0);
    PathTemplate path = verb == null ? null : PathTemplate.parse(verb.template());
    if (verb != null && path != null && path.problem() != null) {
      diagnostics.error(
          method, verb.annotation(), verb.value(), "%s %s", verb.display(), path.problem());
    }
    validateParams(endpoint, verb, path);
  }

  /**
   * Checks each parameter's binding. {@code verb} is the method's first verb and {@code path} its
   * parsed template, both null when it has none; when the template is invalid, {@code @Path} names
   * are not checked against it.
   */
  private void validateParams(
      EndpointModel endpoint, @Nullable VerbAnnotation verb, @Nullable PathTemplate path) {
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
          validatePath(path, param, binding, paths);
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
          if (verb != null && !verb.verb().allowsBody()) {
            diagnostics.error(
                param.element(),
                binding.annotation(),
                "@Body is not allowed on a %s method; found @Body %s in %s; send a body with"
                    + " @Post, @Put, @Patch or @Delete",
                verb.verb().annotation(),
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
    if (verb != null && path != null && path.problem() == null) {
      for (String placeholder : path.placeholders()) {
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
      @Nullable PathTemplate path,
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
    } else if (path != null
        && path.problem() == null
        && !path.placeholders().contains(binding.name())) {
      diagnostics.error(
          param.element(),
          binding.annotation(),
          binding.value(),
          "%s has no {%s} in %s; placeholders there: %s",
          binding.display(),
          binding.name(),
          Diagnostics.quote(path.template()),
          path.placeholders().isEmpty()
              ? "none"
              : path.placeholders().stream()
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
    String wrong = headerNameProblem(binding.name());
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

  /** What is wrong with the header name of a {@code @Header} parameter, or null. */
  static @Nullable String headerNameProblem(String name) {
    return name.isEmpty()
        ? "must not be empty"
        : name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0
            ? "must not contain CR or LF"
            : name.indexOf(':') >= 0
                ? "must not contain a colon; on a parameter, @Header names the header and the"
                    + " argument is its value"
                : !isToken(name)
                    ? "must be an HTTP token: letters, digits and " + TOKEN_PUNCTUATION
                    : null;
  }

  /** Whether {@code name} is an HTTP token (RFC 9110 §5.6.2), as header names must be. */
  static boolean isToken(String name) {
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

  /**
   * Why the runtime cannot produce a value of the return type {@code declared}, or null when it
   * can. {@code CompletableFuture<X>} is judged as X is, except that a stream cannot be handed over
   * asynchronously.
   */
  private @Nullable String returnProblem(TypeMirror declared) {
    if (declared.getKind() == TypeKind.VOID) {
      return null;
    }
    if (ApiParser.is(declared, ApiParser.COMPLETABLE_FUTURE)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) declared).getTypeArguments();
      if (arguments.isEmpty()) {
        return "CompletableFuture is a raw type; name what it completes with";
      }
      TypeMirror value = arguments.get(0);
      if (value.getKind() == TypeKind.WILDCARD) {
        return "the wildcard " + value + " does not say what to decode";
      }
      if (ApiParser.is(value, ApiParser.INPUT_STREAM)) {
        return "a stream cannot be handed over asynchronously; return InputStream, or"
            + " CompletableFuture<byte[]>";
      }
      return valueProblem(value);
    }
    return valueProblem(declared);
  }

  private @Nullable String valueProblem(TypeMirror value) {
    switch (value.getKind()) {
      case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE:
        return null;
      case TYPEVAR:
        return "the type variable " + value + " does not say what to decode";
      case ARRAY:
        return ((ArrayType) value).getComponentType().getKind() == TypeKind.BYTE
            ? null
            : bodyProblem(value);
      case DECLARED:
        break;
      default:
        return value + " cannot be decoded";
    }
    if (isExactly(value, "java.lang.Void")
        || isExactly(value, "java.lang.String")
        || isExactly(value, ApiParser.INPUT_STREAM)) {
      return null;
    }
    String wrapper =
        isExactly(value, ApiParser.OPTIONAL)
            ? "Optional"
            : isExactly(value, ApiParser.BISNODE_RESPONSE) ? "BisnodeResponse" : null;
    if (wrapper == null) {
      String misfit = misfit(value);
      return misfit != null ? misfit : bodyProblem(value);
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) value).getTypeArguments();
    if (arguments.isEmpty()) {
      return wrapper + " is a raw type; name what it holds, as in " + wrapper + "<Person>";
    }
    TypeMirror body = arguments.get(0);
    if (body.getKind() == TypeKind.WILDCARD || body.getKind() == TypeKind.TYPEVAR) {
      String what = body.getKind() == TypeKind.WILDCARD ? "wildcard" : "type variable";
      return "the " + what + " " + body + " does not say what to decode";
    }
    if (isExactly(body, ApiParser.OPTIONAL) || isExactly(body, ApiParser.BISNODE_RESPONSE)) {
      return wrapper + " must not hold an Optional or a BisnodeResponse";
    }
    if (isExactly(body, ApiParser.INPUT_STREAM)) {
      return wrapper + " must not hold an InputStream; return InputStream itself";
    }
    if (isExactly(body, "java.lang.Void") && wrapper.equals("Optional")) {
      return "Optional<Void> is always empty; return void";
    }
    if (isExactly(body, "java.lang.String")
        || isExactly(body, "java.lang.Void")
        || (body.getKind() == TypeKind.ARRAY
            && ((ArrayType) body).getComponentType().getKind() == TypeKind.BYTE)) {
      return null;
    }
    String misfit = misfit(body);
    return misfit != null ? misfit : bodyProblem(body);
  }

  /** Why a declared type cannot be a decoded value (a future, a stream subclass), or null. */
  private @Nullable String misfit(TypeMirror type) {
    if (isSubtypeOfRaw(type, "java.util.concurrent.Future")
        || isSubtypeOfRaw(type, "java.util.concurrent.CompletionStage")) {
      return isExactly(type, ApiParser.COMPLETABLE_FUTURE)
          ? "CompletableFuture is allowed only as the outermost type"
          : "only CompletableFuture is supported for asynchronous calls, not "
              + types.erasure(type);
    }
    if (isSubtypeOfRaw(type, ApiParser.INPUT_STREAM)) {
      return "a stream is returned as java.io.InputStream, not " + type;
    }
    return null;
  }

  /**
   * Why Gson cannot decode a body into {@code type}, or null when it can: a type variable or raw
   * type leaves the type unknown at run time, and an interface or abstract class is something Gson
   * cannot create unless it is one it knows. The elements of arrays, collections and maps are
   * judged too, since Gson creates them as well.
   */
  private @Nullable String bodyProblem(@Nullable TypeMirror type) {
    if (type == null) {
      return null;
    }
    switch (type.getKind()) {
      case TYPEVAR:
        return "the type variable " + type + " does not say what to decode";
      case ARRAY:
        return bodyProblem(((ArrayType) type).getComponentType());
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        String problem = bodyProblem(wildcard.getExtendsBound());
        return problem != null ? problem : bodyProblem(wildcard.getSuperBound());
      case DECLARED:
        break;
      default:
        return type.getKind().isPrimitive() ? null : type + " cannot be decoded";
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    if (declared.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()) {
      return element.getQualifiedName() + " is a raw type; give its type arguments";
    }
    if (declared.getEnclosingType() instanceof DeclaredType outer
        && !outer.getTypeArguments().isEmpty()) {
      return type + " is an inner class of a parameterized type";
    }
    if (isExactly(type, ApiParser.OPTIONAL) || isExactly(type, ApiParser.BISNODE_RESPONSE)) {
      return element.getSimpleName() + " is allowed only around the whole body, not inside it";
    }
    String created = misfit(type);
    created = created != null ? created : gsonProblem(declared, element);
    if (created != null) {
      return created;
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      String argumentProblem = bodyProblem(argument);
      if (argumentProblem != null) {
        return argumentProblem;
      }
    }
    return null;
  }

  /** Why Gson cannot create an instance of {@code type} by itself, or null when it can. */
  private @Nullable String gsonProblem(DeclaredType type, TypeElement element) {
    if (isExactly(type, "java.lang.Class")) {
      return "Gson does not decode java.lang.Class";
    }
    boolean isInterface = element.getKind().isInterface();
    if (element.getKind() == ElementKind.ENUM
        || (!isInterface && !element.getModifiers().contains(Modifier.ABSTRACT))) {
      return null;
    }
    if (GSON_ABSTRACT_ADAPTED.contains(element.getQualifiedName().toString())
        || hasAnnotation(element, JSON_ADAPTER)
        || (isSubtypeOfRaw(type, "java.util.Collection")
            && isImplementedByAny(type, GSON_COLLECTIONS))
        || (isSubtypeOfRaw(type, "java.util.Map") && isImplementedByAny(type, GSON_MAPS))) {
      return null;
    }
    return (isInterface
            ? "Gson cannot create the interface "
            : "Gson cannot create the abstract class ")
        + type;
  }

  private boolean isImplementedByAny(TypeMirror type, List<String> implementations) {
    for (String implementation : implementations) {
      TypeElement element = elements.getTypeElement(implementation);
      if (element != null
          && types.isSubtype(types.erasure(element.asType()), types.erasure(type))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAnnotation(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (ApiParser.nameOf(mirror).equals(qualifiedName)) {
        return true;
      }
    }
    return false;
  }

  private boolean isSubtypeOfRaw(TypeMirror type, String qualifiedName) {
    TypeElement element = elements.getTypeElement(qualifiedName);
    return element != null && types.isSubtype(types.erasure(type), types.erasure(element.asType()));
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
