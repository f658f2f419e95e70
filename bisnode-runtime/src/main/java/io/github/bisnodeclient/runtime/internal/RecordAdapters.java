package io.github.bisnodeclient.runtime.internal;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonIOException;
import com.google.gson.ReflectionAccessFilter;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The adapters of the records one API interface reads and writes, from the {@link RecordAccess}es
 * bisnode-processor wrote for them; the generated class passes those to {@link ApiTarget#of(
 * io.github.bisnodeclient.runtime.BisnodeClient, Class, String, String, RecordAccess[])}, and the
 * client puts the adapters on its Gson with {@link #build} or {@link #on}, beside those of
 * Bisnode's error model.
 *
 * <p>An adapter of the application's own for one of these records wins over the generated one: a
 * type adapter, serializer or deserializer registered for it, or a factory that returns an adapter
 * of its own for it. A Gson with a field naming strategy or exclusion rules of its own ({@code
 * setFieldNamingPolicy}, {@code excludeFieldsWithoutExposeAnnotation}, {@code setVersion}, {@code
 * setExclusionStrategies}...) gets no generated adapters at all: Gson's reflective adapter applies
 * those rules to fields, and reads them through reflection.
 */
public final class RecordAdapters {
  private static final RecordAdapters ERROR_MODEL =
      new RecordAdapters(ErrorModel.ERROR, ErrorModel.SUB_ERROR);

  private final RecordAccess<?>[] records;

  /**
   * The adapters of these records.
   *
   * @param records how to construct and read each
   */
  public RecordAdapters(RecordAccess<?>... records) {
    this.records = records.clone();
  }

  /** The adapter of {@code type} on {@code gson}, or null if it is none of these records. */
  private @Nullable TypeAdapter<?> adapterOf(
      Class<?> type, Gson gson, TypeAdapterFactory registered) {
    for (RecordAccess<?> record : records) {
      if (record.type() == type) {
        return adapter(record, gson, registered);
      }
    }
    return null;
  }

  private static <T> TypeAdapter<T> adapter(
      RecordAccess<T> record, Gson gson, TypeAdapterFactory registered) {
    return new RecordAdapter<>(record, gson, registered);
  }

  /**
   * The adapters of the runtime's own records, Bisnode's error model, which every Gson the client
   * makes holds beside an interface's.
   *
   * @return the adapters of the error model alone, for an interface without records of its own
   */
  public static RecordAdapters errorModel() {
    return ERROR_MODEL;
  }

  /**
   * A Gson of the client's own configuration that reads and writes these records with their
   * generated adapters.
   *
   * @param builder the configuration, which holds no adapters for these records
   * @return the Gson for the interface's calls
   */
  public Gson build(GsonBuilder builder) {
    return builder.registerTypeAdapterFactory(new Registered(this, false)).create();
  }

  /**
   * A copy of the application's Gson that reads and writes these records with their generated
   * adapters, unless it has adapters of its own for them; or {@code gson} itself when its naming or
   * exclusion rules need Gson's reflection.
   *
   * @param gson the Gson the application gave the client
   * @return the Gson for the interface's calls
   */
  public Gson on(Gson gson) {
    if (!namesAndExcludesAsDefault(gson)) {
      return gson;
    }
    return gson.newBuilder()
        .addReflectionAccessFilter(Probe.FILTER)
        .registerTypeAdapterFactory(new Registered(this, true))
        .create();
  }

  // Gson.excluder() is deprecated as internal, yet public: the only way to tell a Gson with
  // exclusion rules from one without. Its result is compared, never used.
  @SuppressWarnings("deprecation")
  private static boolean namesAndExcludesAsDefault(Gson gson) {
    return gson.fieldNamingStrategy() == FieldNamingPolicy.IDENTITY
        && gson.excluder() == DefaultGson.EXCLUDER;
  }

  /** A plain Gson's exclusion rules (none), made only for a Gson the application gave. */
  private static final class DefaultGson {
    @SuppressWarnings("deprecation") // see namesAndExcludesAsDefault
    static final Object EXCLUDER = new Gson().excluder();
  }

  /** The factory registered on a Gson: these adapters, unless the application has its own. */
  private static final class Registered implements TypeAdapterFactory {
    private final RecordAdapters adapters;
    private final boolean probe;

    Registered(RecordAdapters adapters, boolean probe) {
      this.adapters = adapters;
      this.probe = probe;
    }

    @Override
    @SuppressWarnings("unchecked") // the adapter for exactly this class
    public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      if (!(type.getType() instanceof Class<?> raw)) {
        return null;
      }
      RecordAdapters errors = errorModel();
      TypeAdapter<?> generated = adapters.adapterOf(raw, gson, this);
      if (generated == null && adapters != errors) {
        generated = errors.adapterOf(raw, gson, this);
      }
      if (generated == null) {
        return null;
      }
      if (probe) {
        TypeAdapter<T> applications = Probe.applicationsAdapter(gson, this, type);
        if (applications != null) {
          return applications;
        }
      }
      return (TypeAdapter<T>) generated;
    }

    @Override
    public String toString() {
      StringJoiner names = new StringJoiner(", ", "RecordAdapters[", "]");
      for (RecordAccess<?> record : adapters.records) {
        names.add(record.type().getName());
      }
      return names.toString();
    }
  }

  /**
   * Finds whether an application's Gson has an adapter of its own for a record, without creating
   * Gson's reflective one: while it asks the factories beyond the generated ones, the reflection
   * filter it adds to that Gson forbids reflection on that record, which Gson's reflective factory
   * then refuses before it reflects on anything.
   */
  private static final class Probe implements ReflectionAccessFilter {
    static final Probe FILTER = new Probe();

    /** The record being asked about on this thread, and whether Gson got to reflect on it. */
    private static final ThreadLocal<@Nullable State> ASKING = new ThreadLocal<>();

    private static final class State {
      final Class<?> type;
      boolean refused;

      State(Class<?> type) {
        this.type = type;
      }
    }

    @Override
    public FilterResult check(Class<?> rawClass) {
      State state = ASKING.get();
      if (state == null || state.type != rawClass) {
        return FilterResult.INDECISIVE;
      }
      state.refused = true;
      return FilterResult.BLOCK_ALL;
    }

    static <T> @Nullable TypeAdapter<T> applicationsAdapter(
        Gson gson, TypeAdapterFactory registered, TypeToken<T> type) {
      State outer = ASKING.get();
      State state = new State(type.getRawType());
      ASKING.set(state);
      try {
        return gson.getDelegateAdapter(registered, type);
      } catch (JsonIOException e) {
        if (state.refused) {
          return null; // nothing but Gson's reflection would have read it
        }
        throw e;
      } finally {
        if (outer == null) {
          ASKING.remove();
        } else {
          ASKING.set(outer);
        }
      }
    }
  }
}
