package io.github.bisnodeclient.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The JDK's HTTP client aimed at one sandbox, with the requests tests send again and again. */
final class SandboxHttp {
  final BisnodeSandbox sandbox;
  final HttpClient http;

  SandboxHttp(BisnodeSandbox sandbox) {
    this.sandbox = sandbox;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  static String form(Map<String, String> params) {
    return params.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static Map<String, String> params(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** A token request with Basic auth as curl -u sends it. */
  HttpResponse<String> tokenRequest(String id, String secret, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(sandbox.tokenUrl()))
            .header("Authorization", basic(id, secret))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** A fresh token of the demo client for {@code scope}. */
  String token(String scope) {
    HttpResponse<String> response =
        tokenRequest(
            sandbox.clientId(),
            sandbox.clientSecret(),
            form(params("grant_type", "client_credentials", "scope", scope)));
    assertEquals(200, response.statusCode(), response.body());
    return json(response).get("access_token").getAsString();
  }

  HttpResponse<String> get(String url, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build());
  }

  HttpResponse<String> postJson(String url, String token, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Any method with a JSON body, such as a DELETE that names what to remove. */
  HttpResponse<String> sendJson(String method, String url, String token, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<byte[]> sendForBytes(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonObject json(HttpResponse<String> response) {
    JsonElement element = JsonParser.parseString(response.body());
    return element.getAsJsonObject();
  }

  /** Asserts Bisnode's error body and returns it. */
  static JsonObject assertError(HttpResponse<String> response, int status, String statusText) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
    JsonObject body = json(response);
    assertEquals(status, body.get("status").getAsInt());
    assertEquals(statusText, body.get("statusText").getAsString());
    assertEquals(false, body.get("message").getAsString().isBlank());
    // error-model.yaml's form: local date-time with milliseconds, no zone
    assertEquals(
        true,
        body.get("timestamp")
            .getAsString()
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"),
        body.get("timestamp").getAsString());
    return body;
  }

  /** The sub-error on {@code field}, failing if there is none. */
  static JsonObject subError(JsonObject errorBody, String field) {
    for (JsonElement sub : errorBody.getAsJsonArray("subErrors")) {
      if (sub.getAsJsonObject().get("field").getAsString().equals(field)) {
        return sub.getAsJsonObject();
      }
    }
    throw new AssertionError("no subError on " + field + " in " + errorBody);
  }
}
