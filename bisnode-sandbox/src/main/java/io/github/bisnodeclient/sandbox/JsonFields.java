package io.github.bisnodeclient.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * Reads request fields leniently, as Jackson does: a number where a string is expected becomes its
 * text, a numeric string where a number is expected its value; anything else is a field error.
 */
final class JsonFields {
  private JsonFields() {}

  static @Nullable String string(
      JsonObject body, String name, Validation validation, String prefix) {
    JsonElement element = body.get(name);
    if (element == null || element.isJsonNull()) {
      return null;
    }
    if (element.isJsonPrimitive()) {
      return element.getAsString();
    }
    validation.reject(prefix + name, element, "must be a string");
    return null;
  }

  static @Nullable Integer integer(
      JsonObject body, String name, Validation validation, String prefix) {
    JsonElement element = body.get(name);
    if (element == null || element.isJsonNull()) {
      return null;
    }
    if (element.isJsonPrimitive()) {
      try {
        return Integer.valueOf(element.getAsString().trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    validation.reject(prefix + name, element, "must be a whole number");
    return null;
  }

  static @Nullable Boolean bool(
      JsonObject body, String name, Validation validation, String prefix) {
    JsonElement element = body.get(name);
    if (element == null || element.isJsonNull()) {
      return null;
    }
    if (element.isJsonPrimitive()) {
      String text = element.getAsString();
      if (text.equals("true") || text.equals("false")) {
        return Boolean.valueOf(text);
      }
    }
    validation.reject(prefix + name, element, "must be true or false");
    return null;
  }
}
