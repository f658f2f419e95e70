package io.github.bisnodeclient.spring.boot;

import io.github.bisnodeclient.runtime.AccessToken;
import io.github.bisnodeclient.runtime.BisnodeAuthException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeException;
import io.github.bisnodeclient.runtime.TokenCache;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the health indicator {@code bisnode} reports, apart from Spring Boot's types (which moved
 * between Boot 3 and 4): UP while every scope in use holds or can obtain a valid token, DOWN with
 * the token URL and the OAuth2 error when one cannot, UNKNOWN while no API is in use. It asks each
 * {@link TokenCache} for its token, so a probe sends a token request only when a call would: a
 * valid token is answered from the cache, and during a failing streak the cache answers with the
 * last failure until its backoff allows the next request. Details never hold a token or secret.
 */
final class BisnodeHealthCheck {
  /** The overall state. */
  enum State {
    UP,
    DOWN,
    UNKNOWN
  }

  /**
   * The state and the details, one entry per scope.
   *
   * @param state the overall state
   * @param details per scope: its state and either the token's remaining seconds or the failure
   */
  record Result(State state, Map<String, Object> details) {}

  private BisnodeHealthCheck() {}

  static Result check(List<BisnodeClient> clients) {
    Map<String, Object> scopes = new LinkedHashMap<>();
    State state = State.UNKNOWN;
    for (BisnodeClient client : clients) {
      for (TokenCache cache : client.tokenCaches()) {
        Map<String, Object> scope = new LinkedHashMap<>();
        try {
          AccessToken token = cache.token();
          scope.put("status", "UP");
          scope.put("expiresInSeconds", Math.max(0, cache.timeToExpiry().toSeconds()));
          scope.put("lifetimeSeconds", token.lifetime().toSeconds());
          if (state == State.UNKNOWN) {
            state = State.UP;
          }
        } catch (BisnodeAuthException e) {
          scope.put("status", "DOWN");
          scope.put("tokenUrl", e.tokenUrl());
          if (e.status() > 0) {
            scope.put("httpStatus", e.status());
          }
          e.error().ifPresent(error -> scope.put("error", error));
          e.errorDescription().ifPresent(description -> scope.put("errorDescription", description));
          scope.put("message", String.valueOf(e.getMessage()));
          state = State.DOWN;
        } catch (BisnodeException e) {
          scope.put("status", "DOWN");
          scope.put("error", e.getClass().getSimpleName());
          scope.put("message", String.valueOf(e.getMessage()));
          state = State.DOWN;
        }
        scopes.put(cache.scope(), scope);
      }
    }
    Map<String, Object> details = new LinkedHashMap<>();
    if (scopes.isEmpty()) {
      details.put("scopes", "none in use yet");
    } else {
      details.put("scopes", scopes);
    }
    return new Result(state, details);
  }
}
