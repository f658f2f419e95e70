package io.github.bisnodeclient.runtime.internal;

import io.github.bisnodeclient.runtime.BisnodeError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How to construct and read the runtime's own records, Bisnode's error model, written as
 * bisnode-processor writes an interface's records: every Gson a client makes holds their adapters,
 * so that an error body is read without reflection too.
 */
final class ErrorModel {
  private ErrorModel() {}

  static final RecordAccess<BisnodeError> ERROR = new ErrorAccess();
  static final RecordAccess<BisnodeError.SubError> SUB_ERROR = new SubErrorAccess();

  private static final class ErrorAccess extends RecordAccess<BisnodeError> {
    ErrorAccess() {
      super(
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

  private static final class SubErrorAccess extends RecordAccess<BisnodeError.SubError> {
    SubErrorAccess() {
      super(
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
