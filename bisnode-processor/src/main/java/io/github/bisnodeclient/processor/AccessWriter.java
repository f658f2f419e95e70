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
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes the {@code RecordAccess} of a record: how its type adapter constructs and reads it, a call
 * of its canonical constructor and calls of its accessors, with its components' JSON names and
 * types. How members are read and written is the runtime's; only what differs per record is
 * generated, once per record: as a class of its own next to a record compiled here, which every
 * interface of the compilation shares, or nested in the one client that needs it otherwise.
 */
final class AccessWriter {
  /** The constant that holds a record's access, in its access class. */
  static final String ACCESS = "ACCESS";

  private static final ClassName RECORD_ACCESS = ClassName.get(TypeCode.INTERNAL, "RecordAccess");
  private static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

  private final Elements elements;
  private final TypeCode code;

  AccessWriter(Elements elements, TypeCode code) {
    this.elements = elements;
    this.code = code;
  }

  /** {@code p.Person.Address} gives {@code p.BisnodeJson_Person_Address}, next to the record. */
  static ClassName sharedName(TypeElement record) {
    ClassName name = ClassName.get(record);
    return ClassName.get(name.packageName(), "BisnodeJson_" + String.join("_", name.simpleNames()));
  }

  /** The access class of a record compiled here, in the record's package. */
  JavaFile shared(RecordModel record, ClassName name) {
    boolean open = isPublic(record.element());
    TypeSpec.Builder type = access(record, name.simpleName(), true, open);
    type.addModifiers(
        open ? new Modifier[] {Modifier.PUBLIC, Modifier.FINAL} : new Modifier[] {Modifier.FINAL});
    type.addJavadoc(
            "How the generated type adapters construct and read {@link $T}; written by"
                + " bisnode-processor for the interfaces that read or write it.\n",
            ClassName.get(record.element()))
        .addOriginatingElement(record.element());
    return JavaFile.builder(name.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** The access class of a record compiled elsewhere, nested in the one client that uses it. */
  TypeSpec nested(RecordModel record, String simpleName) {
    return access(record, simpleName, false, false)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .build();
  }

  /** The class, its modifiers aside; {@code open} makes its constant public. */
  private TypeSpec.Builder access(
      RecordModel record, String simpleName, boolean topLevel, boolean open) {
    ClassName type = ClassName.get(record.element());
    ClassName self = ClassName.get("", simpleName);
    TypeSpec.Builder access =
        TypeSpec.classBuilder(simpleName)
            .superclass(ParameterizedTypeName.get(RECORD_ACCESS, type));
    if (topLevel && elements.getTypeElement(ClientWriter.GENERATED.canonicalName()) != null) {
      access.addAnnotation(
          AnnotationSpec.builder(ClientWriter.GENERATED)
              .addMember("value", "$S", BisnodeApiProcessor.class.getCanonicalName())
              .build());
    }
    boolean deprecated = elements.isDeprecated(record.element());
    for (RecordModel.Component component : record.components()) {
      deprecated |= code.mentionsDeprecated(component.type());
    }
    if (deprecated) {
      access.addAnnotation(suppress("deprecation"));
    }
    FieldSpec.Builder constant =
        FieldSpec.builder(self, ACCESS, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T()", self);
    if (open) {
      constant.addModifiers(Modifier.PUBLIC).addJavadoc("The one instance.\n");
    }
    access.addField(constant.build());

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
    access.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("super($T.class$L)", type, components.build())
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
    access.addMethod(create.build());

    CodeBlock.Builder read = CodeBlock.builder();
    if (accessors.isEmpty()) {
      read.addStatement("throw new $T(index)", IndexOutOfBoundsException.class);
    } else if (accessors.size() == 1) {
      read.addStatement("return $L", accessors.get(0));
    } else {
      read.add("return switch (index) {\n$>");
      for (int i = 0; i < accessors.size(); i++) {
        String label = i < accessors.size() - 1 ? "case " + i : "default";
        read.add("$L -> $L;\n", label, accessors.get(i));
      }
      read.add("$<};\n");
    }
    TypeName object = ClassName.OBJECT;
    // JSpecify's annotation where the record's code can see it: on the class path, as a module
    // does only if it requires org.jspecify, which the access class is not worth asking of it
    ModuleElement module = elements.getModuleOf(record.element());
    if ((module == null || module.isUnnamed())
        && elements.getTypeElement(NULLABLE.canonicalName()) != null) {
      object = object.annotated(AnnotationSpec.builder(NULLABLE).build());
    }
    access.addMethod(
        MethodSpec.methodBuilder("component")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(object)
            .addParameter(type, "value")
            .addParameter(TypeName.INT, "index")
            .addCode(read.build())
            .build());
    return access;
  }

  /** Whether code in any package may name the record: it and its enclosing types are public. */
  private static boolean isPublic(TypeElement record) {
    for (Element e = record; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
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
