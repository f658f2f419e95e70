package io.github.bisnodeclient.runtime;

import com.google.gson.Gson;
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
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The client's default Gson: {@code java.time} values as ISO-8601 text, as query parameters send
 * them. (Plain Gson cannot read these types on Java 17 at all, and would write a {@code LocalDate}
 * as {@code {year, month, day}}.)
 */
final class IsoDates {
  private IsoDates() {}

  static Gson gson() {
    return new GsonBuilder()
        .registerTypeAdapter(LocalDate.class, adapter(LocalDate::parse))
        .registerTypeAdapter(LocalDateTime.class, adapter(LocalDateTime::parse))
        .registerTypeAdapter(OffsetDateTime.class, adapter(OffsetDateTime::parse))
        .registerTypeAdapter(Instant.class, adapter(Instant::parse))
        .create();
  }

  private static <T> TypeAdapter<T> adapter(Function<String, T> parse) {
    return new TypeAdapter<T>() {
      @Override
      public void write(JsonWriter out, @Nullable T value) throws IOException {
        if (value == null) {
          out.nullValue();
        } else {
          out.value(value.toString());
        }
      }

      @Override
      public @Nullable T read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
          in.nextNull();
          return null;
        }
        String text = in.nextString();
        try {
          return parse.apply(text);
        } catch (DateTimeParseException e) {
          throw new JsonParseException("not an ISO-8601 date or time at " + in.getPath(), e);
        }
      }
    }.nullSafe();
  }
}
