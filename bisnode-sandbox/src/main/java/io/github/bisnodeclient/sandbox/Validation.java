package io.github.bisnodeclient.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the field errors of one request, then fails it with every error at once, as a Spring
 * service validating a request body does.
 */
final class Validation {
  private final String object;
  private final List<SubError> errors = new ArrayList<>();

  Validation(String object) {
    this.object = object;
  }

  void reject(String field, @Nullable JsonElement rejectedValue, String message) {
    errors.add(new SubError(object, field, rejectedValue, message));
  }

  void reject(String field, @Nullable String rejectedValue, String message) {
    reject(field, rejectedValue == null ? null : new JsonPrimitive(rejectedValue), message);
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws a 400 with every collected error, if there is any. */
  void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ApiError(400, "Validation error", errors);
    }
  }
}
