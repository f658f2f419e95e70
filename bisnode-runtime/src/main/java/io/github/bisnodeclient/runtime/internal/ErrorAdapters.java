package io.github.bisnodeclient.runtime.internal;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import io.github.bisnodeclient.runtime.BisnodeError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The adapters of the runtime's own records, Bisnode's error model, written as bisnode-processor
 * writes an interface's: every Gson a client makes holds them, so that an error body is read
 * without reflection too.
 */
final class ErrorAdapters extends RecordAdapters {
  static final ErrorAdapters INSTANCE = new ErrorAdapters();

  private ErrorAdapters() {
    super(BisnodeError.class, BisnodeError.SubError.class);
  }

  @Override
  protected TypeAdapter<?> adapter(int index, Gson gson, TypeAdapterFactory registered) {
    return index == 0 ? new ErrorAdapter(gson, registered) : new SubErrorAdapter(gson, registered);
  }

  private static final class ErrorAdapter extends RecordAdapter<BisnodeError> {
    ErrorAdapter(Gson gson, TypeAdapterFactory registered) {
      super(
          gson,
          registered,
          BisnodeError.class,
          component("status", Integer.class),
          component("statusText", String.class),
          component("message", String.class),
          component("timestamp", String.class),
          component("subErrors", Types.parameterized(List.class, BisnodeError.SubError.class)));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected BisnodeError create(@Nullable Object[] values) {
      return new BisnodeError(
          (Integer) values[0],
          (String) values[1],
          (String) values[2],
          (String) values[3],
          (List<BisnodeError.SubError>) values[4]);
    }

    @Override
    protected @Nullable Object component(BisnodeError value, int index) {
      return switch (index) {
        case 0 -> value.status();
        case 1 -> value.statusText();
        case 2 -> value.message();
        case 3 -> value.timestamp();
        default -> value.subErrors();
      };
    }
  }

  private static final class SubErrorAdapter extends RecordAdapter<BisnodeError.SubError> {
    SubErrorAdapter(Gson gson, TypeAdapterFactory registered) {
      super(
          gson,
          registered,
          BisnodeError.SubError.class,
          component("object", String.class),
          component("field", String.class),
          component("rejectedValue", Object.class),
          component("message", String.class));
    }

    @Override
    protected BisnodeError.SubError create(@Nullable Object[] values) {
      return new BisnodeError.SubError(
          (String) values[0], (String) values[1], values[2], (String) values[3]);
    }

    @Override
    protected @Nullable Object component(BisnodeError.SubError value, int index) {
      return switch (index) {
        case 0 -> value.object();
        case 1 -> value.field();
        case 2 -> value.rejectedValue();
        default -> value.message();
      };
    }
  }
}
