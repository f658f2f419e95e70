package io.github.bisnodeclient.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/**
 * Finds the records a valid API interface reads and writes, those its methods return and take as
 * {@code @Body}, and those their components, elements and fields hold in turn, and reads each that
 * a generated adapter can handle exactly as Gson's reflective adapter would into a {@link
 * RecordModel}. The others are left to Gson: generic records, records with a {@code @JsonAdapter}
 * (on the record or a component), records the generated class cannot name (not public in another
 * package), records with a component of a raw type or one it cannot name, records that are also
 * collections or maps, and records whose JSON names clash (Gson reports that itself).
 */
final class RecordParser {
  private static final String SERIALIZED_NAME = "com.google.gson.annotations.SerializedName";
  private static final String JSON_ADAPTER = "com.google.gson.annotations.JsonAdapter";

  /** Packages whose types hold no records of the application's. */
  private static final List<String> PLATFORM =
      List.of("java.", "javax.", "jdk.", "com.google.gson.");

  private final Elements elements;
  private final Types types;
  private final Set<Element> seen = new HashSet<>();
  private final Map<TypeElement, RecordModel> found = new LinkedHashMap<>();
  private @Nullable PackageElement from;

  RecordParser(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The records of {@code api} that get adapters, in the order first met; none without Gson. */
  List<RecordModel> parse(ApiModel api) {
    if (elements.getTypeElement("com.google.gson.TypeAdapter") == null) {
      return List.of();
    }
    from = elements.getPackageOf(api.element());
    for (EndpointModel endpoint : api.endpoints()) {
      TypeMirror body = endpoint.returns().bodyType();
      if (body != null) {
        visit(body);
      }
      for (ParamModel param : endpoint.params()) {
        if (param.binding().kind() == ParamModel.Kind.BODY) {
          visit(param.type());
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  private void visit(@Nullable TypeMirror type) {
    if (type == null) {
      return;
    }
    switch (type.getKind()) {
      case ARRAY -> visit(((ArrayType) type).getComponentType());
      case WILDCARD -> {
        visit(((WildcardType) type).getExtendsBound());
        visit(((WildcardType) type).getSuperBound());
      }
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        declared.getTypeArguments().forEach(this::visit);
        visit((TypeElement) declared.asElement());
      }
      default -> {}
    }
  }

  private void visit(TypeElement element) {
    if (!seen.add(element) || isPlatform(element)) {
      return;
    }
    if (element.getKind() == ElementKind.RECORD) {
      RecordModel model = model(element);
      if (model != null) {
        found.put(element, model);
      }
      for (RecordComponentElement component :
          ElementFilter.recordComponentsIn(element.getEnclosedElements())) {
        visit(component.asType());
      }
    } else if (element.getKind() == ElementKind.CLASS) {
      // Gson reads a class's fields reflectively, and the records they hold through the Gson
      for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)
            && !field.getModifiers().contains(Modifier.TRANSIENT)) {
          visit(field.asType());
        }
      }
      TypeMirror parent = element.getSuperclass();
      if (parent.getKind() == TypeKind.DECLARED) {
        visit(parent);
      }
    }
  }

  private boolean isPlatform(TypeElement element) {
    String name = element.getQualifiedName().toString();
    for (String prefix : PLATFORM) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The record as its adapter needs it, or null if Gson's own adapter must handle it. */
  private @Nullable RecordModel model(TypeElement record) {
    if (!record.getTypeParameters().isEmpty()
        || has(record, JSON_ADAPTER)
        || !accessible(record)
        || isSubtypeOfRaw(record, "java.util.Collection")
        || isSubtypeOfRaw(record, "java.util.Map")) {
      return null;
    }
    Map<String, VariableElement> fields = new LinkedHashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)) {
        fields.put(field.getSimpleName().toString(), field);
      }
    }
    List<RecordModel.Component> components = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (RecordComponentElement component :
        ElementFilter.recordComponentsIn(record.getEnclosedElements())) {
      String name = component.getSimpleName().toString();
      VariableElement field = fields.get(name);
      ExecutableElement accessor = component.getAccessor();
      TypeMirror type = component.asType();
      if (field == null
          || has(field, JSON_ADAPTER)
          || has(component, JSON_ADAPTER)
          || (accessor != null && has(accessor, SERIALIZED_NAME) && !has(field, SERIALIZED_NAME))
          || !nameable(type)) {
        return null;
      }
      AnnotationMirror serialized = annotation(field, SERIALIZED_NAME);
      if (serialized == null) {
        serialized = annotation(component, SERIALIZED_NAME);
      }
      String json = serialized == null ? name : stringValue(serialized, "value", name);
      List<String> alternates =
          serialized == null ? List.of() : stringValues(serialized, "alternate");
      if (!names.add(json)) {
        return null;
      }
      for (String alternate : alternates) {
        if (!names.add(alternate)) {
          return null;
        }
      }
      components.add(new RecordModel.Component(name, json, alternates, type));
    }
    return new RecordModel(record, List.copyOf(components));
  }

  /**
   * Whether generated code in the interface's package can write {@code type}: no type variable, raw
   * type or inner class of a parameterized type, and only types it can see.
   */
  private boolean nameable(@Nullable TypeMirror type) {
    if (type == null) {
      return true;
    }
    return switch (type.getKind()) {
      case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE -> true;
      case ARRAY -> nameable(((ArrayType) type).getComponentType());
      case WILDCARD ->
          nameable(((WildcardType) type).getExtendsBound())
              && nameable(((WildcardType) type).getSuperBound());
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        boolean raw =
            declared.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty();
        boolean innerOfGeneric =
            declared.getEnclosingType() instanceof DeclaredType outer
                && !outer.getTypeArguments().isEmpty();
        if (raw || innerOfGeneric || !accessible(element)) {
          yield false;
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
          if (!nameable(argument)) {
            yield false;
          }
        }
        yield true;
      }
      default -> false;
    };
  }

  /** Whether code in the interface's package can name {@code element}. */
  private boolean accessible(TypeElement element) {
    Element e = element;
    while (e != null && (e.getKind().isClass() || e.getKind().isInterface())) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)
          || (!modifiers.contains(Modifier.PUBLIC) && !elements.getPackageOf(e).equals(from))) {
        return false;
      }
      e = e.getEnclosingElement();
    }
    return true;
  }

  private boolean isSubtypeOfRaw(TypeElement element, String qualifiedName) {
    TypeElement other = elements.getTypeElement(qualifiedName);
    return other != null
        && types.isSubtype(types.erasure(element.asType()), types.erasure(other.asType()));
  }

  private static boolean has(Element element, String annotation) {
    return annotation(element, annotation) != null;
  }

  private static @Nullable AnnotationMirror annotation(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (ApiParser.nameOf(mirror).equals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  private static String stringValue(AnnotationMirror mirror, String name, String otherwise) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)
          && entry.getValue().getValue() instanceof String value) {
        return value;
      }
    }
    return otherwise;
  }

  private static List<String> stringValues(AnnotationMirror mirror, String name) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)
          && entry.getValue().getValue() instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof AnnotationValue value && value.getValue() instanceof String text) {
            values.add(text);
          }
        }
      }
    }
    return values;
  }
}
