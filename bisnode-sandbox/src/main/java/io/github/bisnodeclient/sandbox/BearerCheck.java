package io.github.bisnodeclient.sandbox;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks the bearer token of an API request: 401 for a missing, unknown, expired or revoked token,
 * 403 for one without the API's scope; both with Bisnode's error body and an RFC 6750 {@code
 * WWW-Authenticate} header.
 */
final class BearerCheck {
  private final TokenStore tokens;
  private final SandboxClock clock;

  BearerCheck(TokenStore tokens, SandboxClock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /**
   * Checks the token and returns the id of the client it was issued to, so that APIs with state
   * (Credit Monitoring's portfolios) keep each client's data apart.
   */
  String authorize(@Nullable String authorization, String scope) {
    if (authorization == null || authorization.isBlank()) {
      throw unauthorized("Full authentication is required: send Authorization: Bearer <token>");
    }
    String[] parts = authorization.trim().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
      throw unauthorized("The Authorization header must use the Bearer scheme");
    }
    TokenStore.IssuedToken token = tokens.find(parts[1]);
    switch (tokens.check(token, clock.now())) {
      case UNKNOWN -> throw unauthorized("Invalid access token");
      case EXPIRED -> throw unauthorized("Access token expired");
      case REVOKED -> throw unauthorized("Access token revoked");
      case VALID -> {
        if (!token.scopes().contains(scope)) {
          throw new ApiError(
              403,
              "Insufficient scope: this API requires scope '" + scope + "'",
              List.of(),
              Map.of(
                  "WWW-Authenticate",
                  "Bearer realm=\"bisnode\", error=\"insufficient_scope\", scope=\""
                      + scope
                      + "\""));
        }
        return token.clientId();
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static ApiError unauthorized(String message) {
    return new ApiError(
        401,
        message,
        List.of(),
        Map.of(
            "WWW-Authenticate",
            "Bearer realm=\"bisnode\", error=\"invalid_token\", error_description=\""
                + message
                + "\""));
  }
}
