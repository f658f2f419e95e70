package io.github.bisnodeclient.runtime.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeError;
import io.github.bisnodeclient.runtime.BisnodeException;
import io.github.bisnodeclient.runtime.BisnodeResponse;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.jspecify.annotations.Nullable;

/** Turns a buffered response into what the endpoint's {@link Returns} asks for. */
final class Responses {
  private Responses() {}

  @SuppressWarnings("unchecked")
  static <T extends @Nullable Object> T read(
      Endpoint<T> endpoint,
      int status,
      Header[] headers,
      byte[] body,
      @Nullable ContentType contentType,
      Gson gson) {
    Returns<T> returns = endpoint.returns();
    boolean ok = status >= 200 && status < 300;
    Charset charset = charset(contentType);
    switch (returns.kind()) {
      case OPTIONAL:
        if (status == 404 || status == 204) {
          return (T) Optional.empty();
        }
        requireSuccess(endpoint, ok, status, headers, body, charset, gson);
        return (T) Optional.ofNullable(decode(endpoint, returns.type(), body, charset, gson));
      case RESPONSE:
        if (ok) {
          Object decoded = decode(endpoint, returns.type(), body, charset, gson);
          return (T) new BisnodeResponse<>(status, headerMap(headers), decoded, "", null);
        }
        String text = cap(new String(body, charset));
        return (T)
            new BisnodeResponse<>(status, headerMap(headers), null, text, parseError(text, gson));
      case VOID:
        requireSuccess(endpoint, ok, status, headers, body, charset, gson);
        return noValue(returns);
      case STRING:
        requireSuccess(endpoint, ok, status, headers, body, charset, gson);
        return (T) new String(body, charset);
      case BYTES:
      case STREAM:
        requireSuccess(endpoint, ok, status, headers, body, charset, gson);
        return (T) body;
      case JSON:
      default:
        requireSuccess(endpoint, ok, status, headers, body, charset, gson);
        Object decoded = decode(endpoint, returns.type(), body, charset, gson);
        if (decoded == null) {
          throw new BisnodeException(
              endpoint.method()
                  + " expected a "
                  + returns.type().getTypeName()
                  + " but HTTP "
                  + status
                  + " came with no body; declare Optional<"
                  + returns.type().getTypeName()
                  + "> to accept that");
        }
        return (T) decoded;
    }
  }

  /**
   * What a {@link Returns#none()} call returns: null, its T being {@code @Nullable Void}. NullAway
   * honours a nullable bound on T only in its JSpecify mode, which this build does not run (javac
   * 17 cannot read such annotations back from class files), so this one spot is taken on trust.
   */
  @SuppressWarnings("NullAway")
  private static <T extends @Nullable Object> T noValue(Returns<T> returns) {
    if (returns.kind() != Returns.Kind.VOID) {
      throw new IllegalStateException(returns + " must have a value");
    }
    return null;
  }

  static void requireSuccess(
      Endpoint<?> endpoint,
      boolean ok,
      int status,
      Header[] headers,
      byte[] body,
      Charset charset,
      Gson gson) {
    if (!ok) {
      throw apiException(endpoint, status, headers, cap(new String(body, charset)), gson);
    }
  }

  static BisnodeApiException apiException(
      Endpoint<?> endpoint, int status, Header[] headers, String text, Gson gson) {
    return new BisnodeApiException(
        endpoint.verb(),
        endpoint.path().template(),
        status,
        headerMap(headers),
        text,
        parseError(text, gson));
  }

  /** The decoded body, or null for an empty one. */
  static @Nullable Object decode(
      Endpoint<?> endpoint, Type type, byte[] body, Charset charset, Gson gson) {
    if (type == String.class) {
      return new String(body, charset);
    }
    if (type == byte[].class) {
      return body;
    }
    if (type == Void.class || body.length == 0) {
      return null;
    }
    try {
      return gson.fromJson(new BodyReader(body, charset), type);
    } catch (RuntimeException | StackOverflowError e) {
      // Gson's parse errors, and whatever a type adapter or a JSON nested thousands deep throws.
      throw new BisnodeException(
          endpoint.method()
              + ": the response body is not a valid "
              + type.getTypeName()
              + " ("
              + e.getClass().getSimpleName()
              + ")",
          e);
    }
  }

  /** Bisnode's error model, if the text is one. */
  static @Nullable BisnodeError parseError(String text, Gson gson) {
    if (text.isEmpty() || text.charAt(0) != '{') {
      return null;
    }
    try {
      JsonElement element = JsonParser.parseString(text);
      if (!element.isJsonObject()) {
        return null;
      }
      JsonObject json = element.getAsJsonObject();
      if (!json.has("message") && !json.has("subErrors") && !json.has("statusText")) {
        return null;
      }
      return gson.fromJson(json, BisnodeError.class);
    } catch (RuntimeException e) {
      return null;
    }
  }

  static Map<String, List<String>> headerMap(Header[] headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Header header : headers) {
      map.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
          .add(header.getValue());
    }
    map.replaceAll((name, values) -> Collections.unmodifiableList(values));
    return Collections.unmodifiableMap(map);
  }

  static Charset charset(@Nullable ContentType contentType) {
    Charset charset = contentType == null ? null : contentType.getCharset();
    return charset == null ? StandardCharsets.UTF_8 : charset;
  }

  private static String cap(String text) {
    return text.length() > BisnodeApiException.MAX_BODY
        ? text.substring(0, BisnodeApiException.MAX_BODY)
        : text;
  }
}
