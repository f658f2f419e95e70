package io.github.bisnodeclient.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes the type adapters of an interface's records, as classes nested in its generated client:
 * {@code Adapters}, which the constructor hands to the runtime, and one {@code RecordAdapter} per
 * record that calls its canonical constructor and accessors. How members are read and written is
 * the runtime's {@code RecordAdapter}; only what differs per record is generated.
 */
final class AdapterWriter {
  /** The nested class that holds an interface's adapters. */
  static final String ADAPTERS = "Adapters";

  private static final ClassName GSON = ClassName.get("com.google.gson", "Gson");
  private static final ClassName TYPE_ADAPTER = ClassName.get("com.google.gson", "TypeAdapter");
  private static final ClassName FACTORY = ClassName.get("com.google.gson", "TypeAdapterFactory");
  private static final ClassName RECORD_ADAPTER = ClassName.get(TypeCode.INTERNAL, "RecordAdapter");
  private static final ClassName RECORD_ADAPTERS =
      ClassName.get(TypeCode.INTERNAL, "RecordAdapters");
  private static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

  private final Elements elements;
  private final TypeCode code;

  AdapterWriter(Elements elements, TypeCode code) {
    this.elements = elements;
    this.code = code;
  }

  /** Adds {@code Adapters} and the adapter of each record to {@code client}. */
  void write(TypeSpec.Builder client, List<RecordModel> records) {
    List<ClassName> names = adapterNames(records);
    TypeSpec.Builder adapters =
        TypeSpec.classBuilder(ADAPTERS)
            .addJavadoc(
                "The type adapters of the records this interface reads and writes, for the"
                    + " client's Gson.\n")
            .addModifiers(Modifier.STATIC, Modifier.FINAL)
            .superclass(RECORD_ADAPTERS);
    List<CodeBlock> classes = new ArrayList<>();
    boolean deprecated = false;
    for (RecordModel record : records) {
      classes.add(CodeBlock.of("$T.class", ClassName.get(record.element())));
      deprecated |= elements.isDeprecated(record.element());
    }
    if (deprecated) {
      adapters.addAnnotation(suppress("deprecation"));
    }
    adapters.addMethod(
        MethodSpec.constructorBuilder()
            .addStatement("super($L)", CodeBlock.join(classes, ", "))
            .build());
    CodeBlock.Builder choice = CodeBlock.builder();
    if (records.size() == 1) {
      choice.addStatement("return new $T(gson, registered)", names.get(0));
    } else {
      choice.add("return switch (index) {\n$>");
      for (int i = 0; i < records.size(); i++) {
        String label = i < records.size() - 1 ? "case " + i : "default";
        choice.add("$L -> new $T(gson, registered);\n", label, names.get(i));
      }
      choice.add("$<};\n");
    }
    adapters.addMethod(
        MethodSpec.methodBuilder("adapter")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(
                ParameterizedTypeName.get(TYPE_ADAPTER, WildcardTypeName.subtypeOf(Object.class)))
            .addParameter(TypeName.INT, "index")
            .addParameter(GSON, "gson")
            .addParameter(FACTORY, "registered")
            .addCode(choice.build())
            .build());
    client.addType(adapters.build());
    for (int i = 0; i < records.size(); i++) {
      client.addType(adapter(records.get(i), names.get(i)));
    }
  }

  /** {@code p.Person.Address} gives {@code Person_AddressAdapter}; a clash takes a number. */
  private static List<ClassName> adapterNames(List<RecordModel> records) {
    Set<String> used = new HashSet<>(Set.of(ADAPTERS));
    List<ClassName> names = new ArrayList<>();
    for (RecordModel record : records) {
      String base = String.join("_", ClassName.get(record.element()).simpleNames()) + "Adapter";
      String name = base;
      for (int n = 2; !used.add(name); n++) {
        name = base + n;
      }
      names.add(ClassName.get("", name));
    }
    return names;
  }

  private TypeSpec adapter(RecordModel record, ClassName name) {
    ClassName type = ClassName.get(record.element());
    TypeSpec.Builder adapter =
        TypeSpec.classBuilder(name.simpleName())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(RECORD_ADAPTER, type));
    boolean deprecated = elements.isDeprecated(record.element());
    for (RecordModel.Component component : record.components()) {
      deprecated |= code.mentionsDeprecated(component.type());
    }
    if (deprecated) {
      adapter.addAnnotation(suppress("deprecation"));
    }

    CodeBlock.Builder components = CodeBlock.builder();
    List<CodeBlock> arguments = new ArrayList<>();
    List<CodeBlock> accessors = new ArrayList<>();
    boolean unchecked = false;
    for (int i = 0; i < record.components().size(); i++) {
      RecordModel.Component component = record.components().get(i);
      components.add(",\n$L", describe(component));
      TypeName declared = TypeCode.name(component.type());
      arguments.add(
          declared.equals(ClassName.OBJECT)
              ? CodeBlock.of("values[$L]", i)
              : CodeBlock.of("($T) values[$L]", declared, i));
      accessors.add(CodeBlock.of("value.$N()", component.name()));
      unchecked |= isParameterized(declared);
    }
    adapter.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(GSON, "gson")
            .addParameter(FACTORY, "registered")
            .addStatement("super(gson, registered, $T.class$L)", type, components.build())
            .build());

    MethodSpec.Builder create =
        MethodSpec.methodBuilder("create")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(type)
            .addParameter(Object[].class, "values")
            .addStatement("return new $T($L)", type, CodeBlock.join(arguments, ",$W"));
    if (unchecked) {
      create.addAnnotation(suppress("unchecked"));
    }
    adapter.addMethod(create.build());

    CodeBlock.Builder access = CodeBlock.builder();
    if (accessors.isEmpty()) {
      access.addStatement("throw new $T(index)", IndexOutOfBoundsException.class);
    } else if (accessors.size() == 1) {
      access.addStatement("return $L", accessors.get(0));
    } else {
      access.add("return switch (index) {\n$>");
      for (int i = 0; i < accessors.size(); i++) {
        String label = i < accessors.size() - 1 ? "case " + i : "default";
        access.add("$L -> $L;\n", label, accessors.get(i));
      }
      access.add("$<};\n");
    }
    TypeName object = ClassName.OBJECT;
    if (elements.getTypeElement(NULLABLE.canonicalName()) != null) {
      object = object.annotated(AnnotationSpec.builder(NULLABLE).build());
    }
    adapter.addMethod(
        MethodSpec.methodBuilder("component")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(object)
            .addParameter(type, "value")
            .addParameter(TypeName.INT, "index")
            .addCode(access.build())
            .build());
    return adapter.build();
  }

  /** {@code component("legalId", LegalId.class)}, with {@code .named(...)} for its JSON names. */
  private CodeBlock describe(RecordModel.Component component) {
    CodeBlock described =
        CodeBlock.of("component($S, $L)", component.name(), code.literal(component.type()));
    if (component.json().equals(component.name()) && component.alternates().isEmpty()) {
      return described;
    }
    List<CodeBlock> names = new ArrayList<>();
    names.add(CodeBlock.of("$S", component.json()));
    component.alternates().forEach(alternate -> names.add(CodeBlock.of("$S", alternate)));
    return CodeBlock.of("$L.named($L)", described, CodeBlock.join(names, ", "));
  }

  /** Whether a cast to {@code type} is unchecked: a parameterized type, or an array of one. */
  private static boolean isParameterized(TypeName type) {
    TypeName name = type;
    while (name instanceof ArrayTypeName array) {
      name = array.componentType();
    }
    return name instanceof ParameterizedTypeName;
  }

  private static AnnotationSpec suppress(String warning) {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", warning).build();
  }
}
