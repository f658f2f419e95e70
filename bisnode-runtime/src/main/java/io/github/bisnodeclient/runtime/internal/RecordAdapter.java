package io.github.bisnodeclient.runtime.internal;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.JsonParseException;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.bisnodeclient.runtime.internal.RecordAccess.Component;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one record as Gson's reflective adapter does, without reflection: its {@link
 * RecordAccess}, which bisnode-processor writes, calls the canonical constructor and the accessors,
 * and each component is read and written by the Gson's own adapter for its declared type, obtained
 * on first use. So unknown members are skipped, absent ones stay null (or 0 and false),
 * {@code @SerializedName} and its alternates name the members, a JSON null for a primitive is an
 * error, and nulls are written only where the Gson serializes nulls, exactly as Gson would.
 *
 * <p>One case is left to Gson itself: writing a component whose value's class is a subclass of the
 * declared class (a {@code Number} holding an {@code Integer}), which Gson writes with the adapter
 * of the value's class. Such a record is written by Gson's own adapter for it.
 *
 * @param <T> the record
 */
final class RecordAdapter<T> extends TypeAdapter<T> {
  private final RecordAccess<T> access;
  private final Gson gson;
  private final TypeAdapterFactory registered;
  private final Class<T> type;
  private final Component[] components;
  private final Map<String, Integer> indices;
  private final @Nullable Object[] defaults;
  private final AtomicReferenceArray<@Nullable TypeAdapter<?>> readers;
  private final AtomicReferenceArray<@Nullable TypeAdapter<?>> writers;
  private volatile @Nullable TypeAdapter<T> gsonsOwn;

  /**
   * The adapter of one record on one Gson.
   *
   * @param access how to construct and read the record
   * @param gson the Gson whose adapters read and write the components
   * @param registered the factory that created this adapter, which Gson's own adapter lies beyond
   * @throws IllegalArgumentException if two components claim the same JSON name
   */
  RecordAdapter(RecordAccess<T> access, Gson gson, TypeAdapterFactory registered) {
    this.access = access;
    this.gson = gson;
    this.registered = registered;
    this.type = access.type();
    this.components = access.components();
    this.indices = new HashMap<>();
    this.defaults = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Component component = components[i];
      defaults[i] = defaultOf(component.type);
      index(component.json, i);
      for (String alternate : component.alternates) {
        index(alternate, i);
      }
    }
    this.readers = new AtomicReferenceArray<>(components.length);
    this.writers = new AtomicReferenceArray<>(components.length);
  }

  private void index(String name, int index) {
    if (indices.put(name, index) != null) {
      throw new IllegalArgumentException(
          "Class " + type.getName() + " declares multiple JSON fields named '" + name + "'");
    }
  }

  @Override
  public @Nullable T read(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    @Nullable Object[] values = defaults.clone();
    try {
      in.beginObject();
      while (in.hasNext()) {
        Integer index = indices.get(in.nextName());
        if (index == null) {
          in.skipValue();
          continue;
        }
        Object value = reader(index).read(in);
        if (value == null && defaults[index] != null) {
          throw new JsonParseException(
              "null is not allowed as value for record component '"
                  + components[index].name
                  + "' of primitive type; at path "
                  + in.getPath());
        }
        values[index] = value;
      }
    } catch (IllegalStateException e) {
      throw new JsonSyntaxException(e);
    }
    in.endObject();
    try {
      return access.create(values);
    } catch (RuntimeException e) {
      throw new RuntimeException(
          "Failed to invoke constructor '"
              + constructor()
              + "' with args "
              + Arrays.toString(values),
          e);
    }
  }

  @Override
  public void write(JsonWriter out, @Nullable T value) throws IOException {
    if (value == null) {
      out.nullValue();
      return;
    }
    @Nullable Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Object component = accessed(value, i);
      if (component != null
          && components[i].type instanceof Class<?> declared
          && !declared.isPrimitive()
          && component.getClass() != declared) {
        gsonsOwn().write(out, value);
        return;
      }
      values[i] = component;
    }
    out.beginObject();
    for (int i = 0; i < components.length; i++) {
      Object component = values[i];
      if (component == value) {
        continue; // as Gson: no direct recursion
      }
      out.name(components[i].json);
      writer(i).write(out, component);
    }
    out.endObject();
  }

  private @Nullable Object accessed(T value, int index) {
    try {
      return access.component(value, index);
    } catch (RuntimeException e) {
      throw new JsonIOException(
          "Accessor method '"
              + type.getName()
              + "#"
              + components[index].name
              + "()' threw exception",
          e);
    }
  }

  @SuppressWarnings("unchecked") // the adapter of the component's declared type
  private TypeAdapter<Object> reader(int index) {
    TypeAdapter<?> adapter = readers.get(index);
    if (adapter == null) {
      adapter = gson.getAdapter(TypeToken.get(components[index].type));
      readers.set(index, adapter);
    }
    return (TypeAdapter<Object>) adapter;
  }

  /**
   * The adapter Gson writes a component with: its declared type's, or for a primitive the boxed
   * type's, since Gson writes the boxed value by its class.
   */
  @SuppressWarnings("unchecked") // the adapter of the component's declared (or boxed) type
  private TypeAdapter<Object> writer(int index) {
    TypeAdapter<?> adapter = writers.get(index);
    if (adapter == null) {
      Type declared = components[index].type;
      adapter =
          gson.getAdapter(TypeToken.get(declared instanceof Class<?> c ? boxed(c) : declared));
      writers.set(index, adapter);
    }
    return (TypeAdapter<Object>) adapter;
  }

  /** Gson's own adapter for the record, the one it would use without this one; rarely needed. */
  private TypeAdapter<T> gsonsOwn() {
    TypeAdapter<T> adapter = gsonsOwn;
    if (adapter == null) {
      adapter = gson.getDelegateAdapter(registered, TypeToken.get(type));
      gsonsOwn = adapter;
    }
    return adapter;
  }

  /**
   * The constructor as Gson's messages name it, such as {@code p.Person(java.lang.String, int)}.
   */
  private String constructor() {
    StringBuilder text = new StringBuilder(type.getName()).append('(');
    for (int i = 0; i < components.length; i++) {
      Type declared = components[i].type;
      text.append(i == 0 ? "" : ", ").append(TypeToken.get(declared).getRawType().getName());
    }
    return text.append(')').toString();
  }

  private static @Nullable Object defaultOf(Type type) {
    if (!(type instanceof Class<?> c) || !c.isPrimitive()) {
      return null;
    }
    if (c == boolean.class) {
      return false;
    } else if (c == char.class) {
      return '\0';
    } else if (c == byte.class) {
      return (byte) 0;
    } else if (c == short.class) {
      return (short) 0;
    } else if (c == int.class) {
      return 0;
    } else if (c == long.class) {
      return 0L;
    } else if (c == float.class) {
      return 0f;
    } else {
      return 0d;
    }
  }

  private static Class<?> boxed(Class<?> c) {
    if (!c.isPrimitive()) {
      return c;
    }
    Object zero = defaultOf(c);
    return zero == null ? c : zero.getClass();
  }
}
