package io.github.bisnodeclient.runtime.internal;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link Type}s of generic return and body types, such as {@code List<Person>}, without
 * reflection on the interface. Generated code builds each once, in a static field.
 */
public final class Types {
  private Types() {}

  /**
   * The type {@code raw<arguments...>}, such as {@code List<Person>}.
   *
   * @param raw the generic class
   * @param arguments its type arguments
   * @return the parameterized type
   */
  public static ParameterizedType parameterized(Class<?> raw, Type... arguments) {
    return new ParameterizedTypeImpl(raw.getEnclosingClass(), raw, arguments.clone());
  }

  /**
   * The type {@code component[]} for a generic component, such as {@code List<Person>[]}.
   *
   * @param component the component type
   * @return the array type
   */
  public static Type arrayOf(Type component) {
    if (component instanceof Class<?> c) {
      return c.arrayType();
    }
    return new GenericArrayTypeImpl(component);
  }

  /**
   * The wildcard {@code ? extends bound}.
   *
   * @param bound the upper bound
   * @return the wildcard type
   */
  public static WildcardType subtypeOf(Type bound) {
    return new WildcardTypeImpl(new Type[] {bound}, new Type[0]);
  }

  /**
   * The wildcard {@code ? super bound}.
   *
   * @param bound the lower bound
   * @return the wildcard type
   */
  public static WildcardType supertypeOf(Type bound) {
    return new WildcardTypeImpl(new Type[] {Object.class}, new Type[] {bound});
  }

  // Array components are safe here: equals, hashCode and toString compare and print the contents,
  // and the getters hand out clones. The records are private, so no one else reads the arrays.
  @SuppressWarnings("ArrayRecordComponent")
  private record ParameterizedTypeImpl(@Nullable Type owner, Class<?> raw, Type[] arguments)
      implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public @Nullable Type getOwnerType() {
      return owner;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof ParameterizedType that
          && raw.equals(that.getRawType())
          && Objects.equals(owner, that.getOwnerType())
          && Arrays.equals(arguments, that.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(arguments) ^ raw.hashCode() ^ Objects.hashCode(owner);
    }

    @Override
    public String toString() {
      StringBuilder name = new StringBuilder(raw.getTypeName()).append('<');
      for (int i = 0; i < arguments.length; i++) {
        name.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
      }
      return name.append('>').toString();
    }
  }

  private record GenericArrayTypeImpl(Type component) implements GenericArrayType {
    @Override
    public Type getGenericComponentType() {
      return component;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof GenericArrayType that
          && component.equals(that.getGenericComponentType());
    }

    @Override
    public int hashCode() {
      return component.hashCode();
    }

    @Override
    public String toString() {
      return component.getTypeName() + "[]";
    }
  }

  @SuppressWarnings("ArrayRecordComponent") // as ParameterizedTypeImpl
  private record WildcardTypeImpl(Type[] upper, Type[] lower) implements WildcardType {
    @Override
    public Type[] getUpperBounds() {
      return upper.clone();
    }

    @Override
    public Type[] getLowerBounds() {
      return lower.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof WildcardType that
          && Arrays.equals(upper, that.getUpperBounds())
          && Arrays.equals(lower, that.getLowerBounds());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(upper) ^ Arrays.hashCode(lower);
    }

    @Override
    public String toString() {
      return lower.length > 0
          ? "? super " + lower[0].getTypeName()
          : upper[0] == Object.class ? "?" : "? extends " + upper[0].getTypeName();
    }
  }
}
