package io.github.bisnodeclient.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One request, read in full, with the helpers the handlers share. */
final class SandboxRequest {
  private final String method;
  private final String path;
  private final String rawPath;
  private final @Nullable String rawQuery;
  private final Headers headers;
  private final byte[] body;
  private final Instant receivedAt;
  private Map<String, String> pathParams = Map.of();
  private String clientId = "";

  private SandboxRequest(
      String method,
      String path,
      String rawPath,
      @Nullable String rawQuery,
      Headers headers,
      byte[] body,
      Instant receivedAt) {
    this.method = method;
    this.path = path;
    this.rawPath = rawPath;
    this.rawQuery = rawQuery;
    this.headers = headers;
    this.body = body;
    this.receivedAt = receivedAt;
  }

  /** Reads the whole body, so that the connection can be reused whatever the answer. */
  static SandboxRequest read(HttpExchange exchange, Instant now) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    String rawPath = exchange.getRequestURI().getRawPath();
    String path = exchange.getRequestURI().getPath();
    return new SandboxRequest(
        exchange.getRequestMethod().toUpperCase(Locale.ROOT),
        path == null ? "/" : path,
        rawPath == null ? "/" : rawPath,
        exchange.getRequestURI().getRawQuery(),
        exchange.getRequestHeaders(),
        body,
        now);
  }

  RecordedRequest record() {
    return new RecordedRequest(
        method, rawPath, rawQuery, headers, new String(body, StandardCharsets.UTF_8), receivedAt);
  }

  String method() {
    return method;
  }

  /** The decoded path, which routing uses. */
  String path() {
    return path;
  }

  @Nullable String header(String name) {
    return headers.getFirst(name);
  }

  byte[] body() {
    return body;
  }

  Instant receivedAt() {
    return receivedAt;
  }

  String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalStateException("no path parameter " + name);
    }
    return value;
  }

  void pathParams(Map<String, String> params) {
    this.pathParams = Map.copyOf(params);
  }

  /** The client the bearer token was issued to; empty before the token is checked. */
  String clientId() {
    return clientId;
  }

  void clientId(String clientId) {
    this.clientId = clientId;
  }

  /**
   * The query parameters, decoded as a servlet container does: {@code +} is a space, so a client
   * must send a literal plus (as in {@code +46...}) as {@code %2B}.
   */
  Map<String, List<String>> query() {
    return decodeForm(rawQuery == null ? "" : rawQuery);
  }

  /** Decodes {@code a=1&b=2}; a malformed escape is a 400. */
  static Map<String, List<String>> decodeForm(String form) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (form.isEmpty()) {
      return params;
    }
    for (String pair : form.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.computeIfAbsent(decode(name), k -> new ArrayList<>()).add(decode(value));
    }
    return params;
  }

  private static String decode(String part) {
    try {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "Malformed percent-encoding in \"" + part + "\"");
    }
  }

  /**
   * The body as a JSON object, checking {@code Content-Type} first as a Spring service does:
   * another type is a 415, a missing or malformed body a 400.
   */
  JsonObject jsonBody() {
    JsonElement element = json();
    if (!element.isJsonObject()) {
      throw new ApiError(400, "Malformed JSON request: expected a JSON object");
    }
    return element.getAsJsonObject();
  }

  /** The body as any JSON value (an array, say), with the checks of {@link #jsonBody()}. */
  JsonElement json() {
    String type = header("Content-Type");
    if (type == null || !isJson(type)) {
      throw new ApiError(
          415,
          "Content type '" + (type == null ? "" : type) + "' not supported; send application/json");
    }
    if (body.length == 0) {
      throw new ApiError(400, "Required request body is missing");
    }
    JsonElement element;
    try {
      element = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
    } catch (JsonParseException e) {
      throw new ApiError(400, "Malformed JSON request");
    }
    return element;
  }

  private static boolean isJson(String contentType) {
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return type.equals("application/json") || type.endsWith("+json");
  }
}
