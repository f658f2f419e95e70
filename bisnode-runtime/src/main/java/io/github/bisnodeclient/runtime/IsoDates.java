package io.github.bisnodeclient.runtime;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The client's default Gson: {@code java.time} values as ISO-8601 text, as query parameters send
 * them. (Plain Gson cannot read these types on Java 17 at all, and would write a {@code LocalDate}
 * as {@code {year, month, day}}.)
 */
final class IsoDates {
  private IsoDates() {}

  /** The default Gson's configuration, which the client adds the generated adapters to. */
  static GsonBuilder builder() {
    return new GsonBuilder()
        .registerTypeAdapter(LocalDate.class, new Iso(LocalDate.class).nullSafe())
        .registerTypeAdapter(LocalDateTime.class, new Iso(LocalDateTime.class).nullSafe())
        .registerTypeAdapter(OffsetDateTime.class, new Iso(OffsetDateTime.class).nullSafe())
        .registerTypeAdapter(Instant.class, new Iso(Instant.class).nullSafe());
  }

  /** One of the four types as ISO-8601 text: one class for all, no lambda to link at start-up. */
  private static final class Iso extends TypeAdapter<Object> {
    private final Class<?> type;

    Iso(Class<?> type) {
      this.type = type;
    }

    @Override
    public void write(JsonWriter out, @Nullable Object value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else {
        out.value(value.toString());
      }
    }

    @Override
    public @Nullable Object read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      String text = in.nextString();
      try {
        return parse(text);
      } catch (DateTimeParseException e) {
        throw new JsonParseException("not an ISO-8601 date or time at " + in.getPath(), e);
      }
    }

    private Object parse(String text) {
      if (type == LocalDate.class) {
        return LocalDate.parse(text);
      } else if (type == LocalDateTime.class) {
        return LocalDateTime.parse(text);
      } else if (type == OffsetDateTime.class) {
        return OffsetDateTime.parse(text);
      } else {
        return Instant.parse(text);
      }
    }
  }
}
