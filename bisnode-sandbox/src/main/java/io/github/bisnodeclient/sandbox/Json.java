package io.github.bisnodeclient.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Builds the JSON the sandbox answers with. Absent values are left out rather than sent as {@code
 * null}, so that client code that works here copes with fields Bisnode omits.
 */
final class Json {
  /** No HTML escaping: "Bergström &amp; Lind" stays readable, as a Jackson server sends it. */
  static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private final JsonObject object = new JsonObject();

  private Json() {}

  static Json object() {
    return new Json();
  }

  Json put(String name, @Nullable String value) {
    if (value != null) {
      object.addProperty(name, value);
    }
    return this;
  }

  Json put(String name, @Nullable Number value) {
    if (value != null) {
      object.addProperty(name, value);
    }
    return this;
  }

  Json put(String name, boolean value) {
    object.addProperty(name, value);
    return this;
  }

  Json put(String name, @Nullable JsonElement value) {
    if (value != null) {
      object.add(name, value);
    }
    return this;
  }

  Json put(String name, @Nullable Json value) {
    if (value != null) {
      object.add(name, value.build());
    }
    return this;
  }

  JsonObject build() {
    return object;
  }

  static JsonArray strings(Collection<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  static byte[] bytes(JsonElement element) {
    return GSON.toJson(element).getBytes(StandardCharsets.UTF_8);
  }
}
