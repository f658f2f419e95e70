package io.github.bisnodeclient.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/**
 * Writes the implementation of a valid API: one {@code static final Endpoint} per method, built
 * once per class, methods that fill a request from their arguments and execute it, and the list of
 * its records' accesses ({@link AccessWriter}) for the runtime's type adapters. Everything else
 * (encoding, JSON, tokens) is the runtime's; nothing shared is copied into generated code.
 */
final class ClientWriter {
  private static final String RUNTIME = "io.github.bisnodeclient.runtime";

  /** What generated code calls and applications do not: the runtime's package for it. */
  private static final String INTERNAL = RUNTIME + ".internal";

  private static final ClassName BISNODE_CLIENT = ClassName.get(RUNTIME, "BisnodeClient");
  private static final ClassName API_TARGET = ClassName.get(INTERNAL, "ApiTarget");
  private static final ClassName ENDPOINT = ClassName.get(INTERNAL, "Endpoint");
  private static final ClassName RETURNS = ClassName.get(INTERNAL, "Returns");
  private static final ClassName BISNODE_RESPONSE = ClassName.get(RUNTIME, "BisnodeResponse");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  private static final ClassName INPUT_STREAM = ClassName.get("java.io", "InputStream");
  private static final ClassName VOID = ClassName.get("java.lang", "Void");
  private static final ClassName STRING = ClassName.get("java.lang", "String");

  private final Elements elements;
  private final Types types;
  private final TypeCode code;
  private final Map<PackageElement, List<String>> shadowedByPackage;

  /**
   * A writer for one interface.
   *
   * @param shadowedByPackage what {@link #shadowedJavaLangNames} found, by package, kept by the
   *     caller for the round's other interfaces
   */
  ClientWriter(
      Elements elements, Types types, Map<PackageElement, List<String>> shadowedByPackage) {
    this.elements = elements;
    this.types = types;
    this.code = new TypeCode(elements, types);
    this.shadowedByPackage = shadowedByPackage;
  }

  /**
   * The client of {@code api}, which passes the access of each of its records to the runtime: the
   * shared class of the records in {@code shared}, and a class nested in the client for the others.
   */
  JavaFile write(ApiModel api, List<RecordModel> records, Map<TypeElement, ClassName> shared) {
    ClassName generated = api.generatedName();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(generated)
            .addJavadoc(
                "The {@link $T} client that bisnode-processor wrote; obtain it with {@code"
                    + " BisnodeClient.create($L.class)}.\n",
                api.interfaceName(),
                String.join(".", api.interfaceName().simpleNames()))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(api.interfaceName())
            .addOriginatingElement(api.element())
            .avoidClashesWithNestedClasses(api.element());
    // A type of the user's package named like a java.lang type (String, Object, Override...)
    // hides that type from the whole package: such names are written qualified.
    for (String shadowed : shadowedJavaLangNames(api.element())) {
      type.alwaysQualify(shadowed);
    }
    if (elements.getTypeElement(GENERATED.canonicalName()) != null) {
      type.addAnnotation(
          AnnotationSpec.builder(GENERATED)
              .addMember("value", "$S", BisnodeApiProcessor.class.getCanonicalName())
              .build());
    }

    if (elements.isDeprecated(api.element())) {
      // Implementing a deprecated interface warns unless the implementation is deprecated too.
      type.addAnnotation(Deprecated.class);
    } else if (mentionsDeprecatedType(api)) {
      // The user accepted these types in the interface; the copy of its signatures must not warn.
      type.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }

    List<String> constants = constantNames(api.endpoints(), generated.simpleName());
    for (int i = 0; i < api.endpoints().size(); i++) {
      type.addField(endpointField(api, api.endpoints().get(i), constants.get(i)));
    }
    type.addField(
        FieldSpec.builder(API_TARGET, "target", Modifier.PRIVATE, Modifier.FINAL).build());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(BISNODE_CLIENT, "client");
    if (records.isEmpty()) {
      constructor.addStatement(
          "this.target = $T.of(client, $T.class, $S, $S)",
          API_TARGET,
          api.interfaceName(),
          api.baseUrl(),
          api.scope());
    } else {
      List<CodeBlock> accesses = new ArrayList<>();
      Set<String> nested = new HashSet<>();
      for (RecordModel record : records) {
        ClassName access = shared.get(record.element());
        if (access == null) {
          // records of the same name from two packages: a number tells their accesses apart
          String base = AccessWriter.sharedName(record.element()).simpleName();
          String name = base;
          for (int n = 2; !nested.add(name); n++) {
            name = base + "_" + n;
          }
          access = ClassName.get("", name);
          type.addType(new AccessWriter(elements, code).nested(record, name));
        }
        accesses.add(CodeBlock.of("$T.$L", access, AccessWriter.ACCESS));
      }
      constructor.addStatement(
          "this.target = $T.of(client, $T.class, $S, $S,$W$L)",
          API_TARGET,
          api.interfaceName(),
          api.baseUrl(),
          api.scope(),
          CodeBlock.join(accesses, ",$W"));
    }
    type.addMethod(constructor.build());
    for (int i = 0; i < api.endpoints().size(); i++) {
      type.addMethod(method(api, generated, api.endpoints().get(i), constants.get(i)));
    }
    return JavaFile.builder(generated.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private boolean mentionsDeprecatedType(ApiModel api) {
    for (EndpointModel endpoint : api.endpoints()) {
      if (code.mentionsDeprecated(endpoint.type().getReturnType())) {
        return true;
      }
      for (TypeMirror parameter : endpoint.type().getParameterTypes()) {
        if (code.mentionsDeprecated(parameter)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The simple names of java.lang types that a top-level type of {@code api}'s package hides, once
   * per package and round: a lookup of a type that does not exist costs javac a resolution attempt,
   * and there is one for every member of the package.
   */
  private List<String> shadowedJavaLangNames(TypeElement api) {
    PackageElement pkg = elements.getPackageOf(api);
    return shadowedByPackage.computeIfAbsent(pkg, this::shadowedJavaLangNames);
  }

  private List<String> shadowedJavaLangNames(PackageElement pkg) {
    // java.lang is java.base's: asked without a module, javac searches every module for the name
    ModuleElement javaBase = elements.getModuleElement("java.base");
    List<String> shadowed = new ArrayList<>();
    for (Element member : pkg.getEnclosedElements()) {
      String name = "java.lang." + member.getSimpleName();
      if (member.getKind() != ElementKind.PACKAGE
          && (javaBase == null
                  ? elements.getTypeElement(name)
                  : elements.getTypeElement(javaBase, name))
              != null) {
        shadowed.add(member.getSimpleName().toString());
      }
    }
    return shadowed;
  }

  /**
   * {@code byGedi} gives {@code BY_GEDI}; an overload gets {@code BY_GEDI_2}, and so on. A method
   * refers to its constant through the class name when a parameter hides it; when parameters hide
   * both, the constant takes the next number instead.
   */
  static List<String> constantNames(List<EndpointModel> endpoints, String className) {
    Set<String> used = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (EndpointModel endpoint : endpoints) {
      Set<String> parameters = new HashSet<>();
      endpoint.params().forEach(param -> parameters.add(param.name()));
      boolean classHidden = parameters.contains(className);
      String base = upperSnake(endpoint.name());
      String name = base;
      for (int n = 2; (classHidden && parameters.contains(name)) || !used.add(name); n++) {
        name = base + "_" + n;
      }
      names.add(name);
    }
    return names;
  }

  static String upperSnake(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        char before = camel.charAt(i - 1);
        boolean nextIsLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
        if (Character.isLowerCase(before)
            || Character.isDigit(before)
            || (Character.isUpperCase(before) && nextIsLower)) {
          out.append('_');
        }
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  private FieldSpec endpointField(ApiModel api, EndpointModel endpoint, String constant) {
    EndpointModel.VerbAnnotation verb = endpoint.verbs().get(0);
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add(
                "$T.$L($S,$W$S,$W$L)",
                ENDPOINT,
                verb.verb().factory(),
                endpoint.runtimeName(),
                verb.template(),
                returns(endpoint.returns()));
    for (FixedHeader header : fixedHeaders(api, endpoint)) {
      init.add("\n$>$>.withHeader($S, $S)$<$<", header.name(), header.headerValue());
    }
    if (endpoint.idempotent() != null && !verb.verb().isIdempotent()) {
      init.add("\n$>$>.idempotent()$<$<");
    }
    if (endpoint.timeout() != null) {
      init.add("\n$>$>.withTimeout($LL)$<$<", endpoint.timeoutMillis());
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(ENDPOINT, valueType(endpoint.returns())),
            constant,
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(init.build())
        .build();
  }

  /**
   * The interface's fixed headers, then the method's: a method header replaces the interface's
   * headers of the same name (header names are case-insensitive), so a method can ask for a PDF
   * where the interface asks for JSON.
   */
  private static List<FixedHeader> fixedHeaders(ApiModel api, EndpointModel endpoint) {
    Set<String> overridden = new HashSet<>();
    endpoint.headers().forEach(header -> overridden.add(header.name().toLowerCase(Locale.ROOT)));
    List<FixedHeader> headers = new ArrayList<>();
    for (FixedHeader header : api.headers()) {
      if (!overridden.contains(header.name().toLowerCase(Locale.ROOT))) {
        headers.add(header);
      }
    }
    headers.addAll(endpoint.headers());
    return headers;
  }

  /** What {@code execute()} returns: the endpoint's type argument. */
  private static TypeName valueType(ReturnModel returns) {
    return switch (returns.kind()) {
      case JSON -> typeName(returns.bodyType());
      case OPTIONAL -> ParameterizedTypeName.get(OPTIONAL, typeName(returns.bodyType()));
      case RESPONSE -> ParameterizedTypeName.get(BISNODE_RESPONSE, typeName(returns.bodyType()));
      case NONE -> VOID;
      case STRING -> STRING;
      case BYTES -> ArrayTypeName.of(TypeName.BYTE);
      case STREAM -> INPUT_STREAM;
    };
  }

  /** The {@code Returns} factory call, such as {@code Returns.<Person>json(Person.class)}. */
  private CodeBlock returns(ReturnModel returns) {
    return switch (returns.kind()) {
      case JSON -> factory("json", returns.bodyType());
      case OPTIONAL -> factory("optional", returns.bodyType());
      case RESPONSE -> factory("response", returns.bodyType());
      case NONE -> CodeBlock.of("$T.none()", RETURNS);
      case STRING -> CodeBlock.of("$T.string()", RETURNS);
      case BYTES -> CodeBlock.of("$T.bytes()", RETURNS);
      case STREAM -> CodeBlock.of("$T.stream()", RETURNS);
    };
  }

  private CodeBlock factory(String name, @Nullable TypeMirror body) {
    return CodeBlock.of("$T.<$T>$L($L)", RETURNS, typeName(body), name, code.literal(body));
  }

  private static TypeName typeName(@Nullable TypeMirror type) {
    if (type == null) {
      throw new IllegalStateException("no body type");
    }
    return TypeName.get(type).withoutAnnotations();
  }

  private MethodSpec method(
      ApiModel api, ClassName generated, EndpointModel endpoint, String constant) {
    MethodSpec.Builder method =
        MethodSpec.overriding(endpoint.method(), (DeclaredType) api.element().asType(), types);
    if (elements.isDeprecated(endpoint.method())) {
      method.addAnnotation(Deprecated.class);
    }
    Set<String> parameterNames = new HashSet<>();
    endpoint.params().forEach(param -> parameterNames.add(param.name()));
    CodeBlock target =
        parameterNames.contains("target") ? CodeBlock.of("this.target") : CodeBlock.of("target");
    CodeBlock field =
        parameterNames.contains(constant)
            ? CodeBlock.of("$T.$L", generated, constant)
            : CodeBlock.of("$L", constant);

    List<CodeBlock> calls = new ArrayList<>();
    for (ParamModel param : endpoint.params()) {
      ParamModel.Binding binding = param.binding();
      calls.add(
          switch (binding.kind()) {
            case PATH -> CodeBlock.of(".path($S, $L)", binding.name(), param.name());
            case QUERY -> CodeBlock.of(".query($S, $L)", binding.name(), param.name());
            case QUERY_MAP -> CodeBlock.of(".queryMap($L)", param.name());
            case HEADER -> CodeBlock.of(".header($S, $L)", binding.name(), param.name());
            case BODY -> CodeBlock.of(".body($L)", param.name());
          });
    }
    calls.add(CodeBlock.of(endpoint.returns().async() ? ".executeAsync()" : ".execute()"));

    CodeBlock.Builder statement = CodeBlock.builder();
    if (endpoint.type().getReturnType().getKind() != TypeKind.VOID) {
      statement.add("return ");
    }
    statement.add("$L.request($L)", target, field);
    String separator = calls.size() > 2 ? "\n" : "";
    for (CodeBlock call : calls) {
      statement.add(separator).add(call);
    }
    return method.addStatement(statement.build()).build();
  }
}
