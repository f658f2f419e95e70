package io.github.bisnodeclient.runtime.internal;

import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * How to construct and read one record without reflection, as bisnode-processor writes it: its
 * components, in declaration order, with their JSON names and declared types, a call of its
 * canonical constructor and calls of its accessors. A {@link RecordAdapter} binds it to a Gson,
 * which reads and writes the components.
 *
 * @param <T> the record
 */
public abstract class RecordAccess<T> {
  private final Class<T> type;
  private final Component[] components;

  /**
   * The access of one record.
   *
   * @param type the record
   * @param components its components, in declaration order
   */
  protected RecordAccess(Class<T> type, Component... components) {
    this.type = type;
    this.components = components.clone();
  }

  /**
   * A component as Gson sees it.
   *
   * @param name the component's name
   * @param type its declared type
   * @return the component, named in JSON as in Java
   */
  protected static Component component(String name, Type type) {
    return new Component(name, name, new String[0], type);
  }

  /**
   * The record from the values read, in component order: a call of its canonical constructor.
   *
   * @param values one value per component; null or the primitive's default where JSON had none
   * @return the record
   */
  protected abstract T create(@Nullable Object[] values);

  /**
   * A component's value: a call of its accessor.
   *
   * @param value the record
   * @param index the component's index
   * @return its value
   */
  protected abstract @Nullable Object component(T value, int index);

  final Class<T> type() {
    return type;
  }

  final Component[] components() {
    return components;
  }

  /** One component of a record: its Java name, JSON names and declared type. */
  public static final class Component {
    final String name;
    final String json;
    final String[] alternates;
    final Type type;

    private Component(String name, String json, String[] alternates, Type type) {
      this.name = name;
      this.json = json;
      this.alternates = alternates;
      this.type = type;
    }

    /**
     * The same component with its {@code @SerializedName}.
     *
     * @param json the name it is written as and read from
     * @param alternates the other names it is read from
     * @return the component so named
     */
    public Component named(String json, String... alternates) {
      return new Component(name, json, alternates.clone(), type);
    }
  }
}
