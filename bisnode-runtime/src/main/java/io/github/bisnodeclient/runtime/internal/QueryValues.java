package io.github.bisnodeclient.runtime.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The text form of path, query and header values, and their encoding into a query string. */
final class QueryValues {
  private QueryValues() {}

  /** Appends {@code name=value} pairs, expanding containers and leaving nulls out. */
  static void append(StringBuilder query, String name, @Nullable Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> append(query, name, v));
    } else if (value instanceof Iterable<?> values) {
      for (Object v : values) {
        append(query, name, v);
      }
    } else if (value instanceof Object[] values) {
      for (Object v : values) {
        append(query, name, v);
      }
    } else if (value.getClass().isArray()) {
      appendPrimitiveArray(query, name, value);
    } else {
      if (query.length() > 0) {
        query.append('&');
      }
      UrlEncoding.encodeInto(query, name);
      query.append('=');
      UrlEncoding.encodeInto(query, text(value));
    }
  }

  private static void appendPrimitiveArray(StringBuilder query, String name, Object array) {
    if (array instanceof int[] values) {
      for (int v : values) {
        append(query, name, v);
      }
    } else if (array instanceof long[] values) {
      for (long v : values) {
        append(query, name, v);
      }
    } else if (array instanceof boolean[] values) {
      for (boolean v : values) {
        append(query, name, v);
      }
    } else if (array instanceof double[] values) {
      for (double v : values) {
        append(query, name, v);
      }
    } else if (array instanceof float[] values) {
      for (float v : values) {
        append(query, name, v);
      }
    } else if (array instanceof short[] values) {
      for (short v : values) {
        append(query, name, v);
      }
    } else if (array instanceof byte[] values) {
      for (byte v : values) {
        append(query, name, v);
      }
    } else if (array instanceof char[] values) {
      for (char v : values) {
        append(query, name, v);
      }
    }
  }

  /** The text form of one value: enums by name, dates in ISO-8601, the rest by toString. */
  static String text(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    return value.toString();
  }
}
