package io.github.bisnodeclient.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/** How generated code writes a type: as a name, as a {@code java.lang.reflect.Type} value. */
final class TypeCode {
  static final String INTERNAL = "io.github.bisnodeclient.runtime.internal";
  private static final ClassName TYPES = ClassName.get(INTERNAL, "Types");
  private static final ClassName OBJECT = ClassName.get("java.lang", "Object");

  private final Elements elements;
  private final Types types;

  TypeCode(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The type as written in generated code, without the type annotations it may carry. */
  static TypeName name(@Nullable TypeMirror type) {
    if (type == null) {
      throw new IllegalStateException("no body type");
    }
    switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        ClassName raw = ClassName.get((TypeElement) declared.asElement());
        if (declared.getTypeArguments().isEmpty()) {
          return raw;
        }
        List<TypeName> arguments = new ArrayList<>();
        for (TypeMirror argument : declared.getTypeArguments()) {
          arguments.add(name(argument));
        }
        return ParameterizedTypeName.get(raw, arguments.toArray(new TypeName[0]));
      }
      case ARRAY -> {
        return ArrayTypeName.of(name(((ArrayType) type).getComponentType()));
      }
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getSuperBound() != null) {
          return WildcardTypeName.supertypeOf(name(wildcard.getSuperBound()));
        }
        TypeMirror bound = wildcard.getExtendsBound();
        return WildcardTypeName.subtypeOf(bound == null ? OBJECT : name(bound));
      }
      default -> {
        return TypeName.get(type).withoutAnnotations();
      }
    }
  }

  /**
   * Code that evaluates to the {@link java.lang.reflect.Type} of {@code type}: a class literal
   * where one suffices, otherwise calls of the runtime's {@code Types}.
   */
  CodeBlock literal(@Nullable TypeMirror type) {
    if (type == null) {
      throw new IllegalStateException("no body type");
    }
    switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        ClassName raw = ClassName.get((TypeElement) declared.asElement());
        if (declared.getTypeArguments().isEmpty()) {
          return CodeBlock.of("$T.class", raw);
        }
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(CodeBlock.of("$T.class", raw));
        for (TypeMirror argument : declared.getTypeArguments()) {
          arguments.add(literal(argument));
        }
        return CodeBlock.of("$T.parameterized($L)", TYPES, CodeBlock.join(arguments, ", "));
      }
      case ARRAY -> {
        if (!isGeneric(type)) {
          return CodeBlock.of("$T.class", TypeName.get(types.erasure(type)).withoutAnnotations());
        }
        return CodeBlock.of(
            "$T.arrayOf($L)", TYPES, literal(((ArrayType) type).getComponentType()));
      }
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getSuperBound() != null) {
          return CodeBlock.of("$T.supertypeOf($L)", TYPES, literal(wildcard.getSuperBound()));
        }
        TypeMirror bound = wildcard.getExtendsBound();
        return CodeBlock.of(
            "$T.subtypeOf($L)",
            TYPES,
            bound == null ? CodeBlock.of("$T.class", OBJECT) : literal(bound));
      }
      default -> {
        if (type.getKind().isPrimitive()) {
          return CodeBlock.of("$T.class", TypeName.get(type).withoutAnnotations());
        }
        throw new IllegalStateException("no type literal for " + type);
      }
    }
  }

  /** Whether a type has type arguments anywhere, so that a class literal cannot stand for it. */
  private static boolean isGeneric(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return isGeneric(((ArrayType) type).getComponentType());
    }
    return type.getKind() == TypeKind.DECLARED
        && !((DeclaredType) type).getTypeArguments().isEmpty();
  }

  /** Whether {@code type} names a deprecated type anywhere, so that its use warns. */
  boolean mentionsDeprecated(@Nullable TypeMirror type) {
    if (type == null) {
      return false;
    }
    return switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        boolean deprecated = elements.isDeprecated(declared.asElement());
        for (TypeMirror argument : declared.getTypeArguments()) {
          deprecated |= mentionsDeprecated(argument);
        }
        yield deprecated;
      }
      case ARRAY -> mentionsDeprecated(((ArrayType) type).getComponentType());
      case WILDCARD ->
          mentionsDeprecated(((WildcardType) type).getExtendsBound())
              || mentionsDeprecated(((WildcardType) type).getSuperBound());
      default -> false;
    };
  }
}
