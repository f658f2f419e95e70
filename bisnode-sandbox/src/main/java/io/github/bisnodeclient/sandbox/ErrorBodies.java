package io.github.bisnodeclient.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The two error shapes the sandbox speaks: Bisnode's API error model ({@code status, statusText,
 * message, timestamp, subErrors}) and OAuth2's token error ({@code error, error_description}).
 */
final class ErrorBodies {
  private static final Map<Integer, String> STATUS_TEXT =
      Map.ofEntries(
          Map.entry(400, "BAD_REQUEST"),
          Map.entry(401, "UNAUTHORIZED"),
          Map.entry(403, "FORBIDDEN"),
          Map.entry(404, "NOT_FOUND"),
          Map.entry(405, "METHOD_NOT_ALLOWED"),
          Map.entry(406, "NOT_ACCEPTABLE"),
          Map.entry(409, "CONFLICT"),
          Map.entry(415, "UNSUPPORTED_MEDIA_TYPE"),
          Map.entry(429, "TOO_MANY_REQUESTS"),
          Map.entry(451, "UNAVAILABLE_FOR_LEGAL_REASONS"),
          Map.entry(500, "INTERNAL_SERVER_ERROR"),
          Map.entry(502, "BAD_GATEWAY"),
          Map.entry(503, "SERVICE_UNAVAILABLE"),
          Map.entry(504, "GATEWAY_TIMEOUT"));

  /** As in error-model.yaml's example, {@code 2020-06-12T21:15:44.394}: local time, no zone. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

  private ErrorBodies() {}

  static String statusText(int status) {
    return STATUS_TEXT.getOrDefault(status, "HTTP_" + status);
  }

  /** Bisnode's error body; {@code subErrors} only when there are any. */
  static JsonObject api(int status, String message, List<SubError> subErrors, Instant now) {
    Json body =
        Json.object()
            .put("status", status)
            .put("statusText", statusText(status))
            .put("message", message)
            .put(
                "timestamp",
                TIMESTAMP.format(
                    LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC)));
    if (!subErrors.isEmpty()) {
      JsonArray array = new JsonArray();
      for (SubError sub : subErrors) {
        array.add(
            Json.object()
                .put("object", sub.object())
                .put("field", sub.field())
                .put("rejectedValue", sub.rejectedValue())
                .put("message", sub.message())
                .build());
      }
      body.put("subErrors", array);
    }
    return body.build();
  }

  /** OAuth2's error body (RFC 6749 §5.2). */
  static JsonObject oauth(String error, @Nullable String description) {
    return Json.object().put("error", error).put("error_description", description).build();
  }
}
