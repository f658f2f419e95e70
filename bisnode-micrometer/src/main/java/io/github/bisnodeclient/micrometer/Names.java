package io.github.bisnodeclient.micrometer;

import io.github.bisnodeclient.runtime.BisnodeAuthException;
import io.github.bisnodeclient.runtime.BisnodeListener.CallEvent;
import io.github.bisnodeclient.runtime.BisnodeListener.TokenEvent;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tag values meters and observations share, each from a small fixed set or from the code the
 * user wrote (interface, method, path template, scope), never from what a call carries.
 */
final class Names {
  static final String CALLS = "bisnode.client.requests";
  static final String RETRIES = "bisnode.client.retries";
  static final String TOKENS = "bisnode.token.requests";
  static final String TOKEN_WAIT = "bisnode.token.wait";
  static final String TOKEN_REMAINING = "bisnode.token.remaining";

  static final String NONE = "none";

  /**
   * OAuth2 error codes (RFC 6749 §5.2, and the ones token endpoints answer in practice): any other
   * code a server sends becomes {@code other}, so that a server cannot grow a tag without bound.
   */
  private static final Set<String> OAUTH2_ERRORS =
      Set.of(
          "invalid_request",
          "invalid_client",
          "invalid_grant",
          "unauthorized_client",
          "unsupported_grant_type",
          "invalid_scope",
          "access_denied",
          "server_error",
          "temporarily_unavailable",
          "invalid_token");

  private Names() {}

  /** Micrometer's outcome of an HTTP status; {@code UNKNOWN} without one. */
  static String outcome(int status) {
    if (status >= 100 && status < 200) {
      return "INFORMATIONAL";
    }
    if (status >= 200 && status < 300) {
      return "SUCCESS";
    }
    if (status >= 300 && status < 400) {
      return "REDIRECTION";
    }
    if (status >= 400 && status < 500) {
      return "CLIENT_ERROR";
    }
    if (status >= 500 && status < 600) {
      return "SERVER_ERROR";
    }
    return "UNKNOWN";
  }

  /** A call's outcome: {@code CANCELLED} and {@code TIMEOUT} before what the status says. */
  static String outcome(CallEvent event) {
    if (event.cancelled()) {
      return "CANCELLED";
    }
    if (event.timedOut()) {
      return "TIMEOUT";
    }
    return outcome(event.status());
  }

  /** The status as a tag: the number, or {@code NONE} when no response arrived. */
  static String status(int status) {
    return status <= 0 ? "NONE" : Integer.toString(status);
  }

  /** The failure's simple class name, or {@code none}. */
  static String exception(@Nullable Throwable failure) {
    if (failure == null) {
      return NONE;
    }
    String name = failure.getClass().getSimpleName();
    return name.isEmpty() ? failure.getClass().getName() : name;
  }

  /** A token request's outcome: {@code SUCCESS} when a token arrived. */
  static String outcome(TokenEvent event) {
    if (event.failure() == null) {
      return "SUCCESS";
    }
    String byStatus = outcome(event.status());
    return byStatus.equals("SUCCESS") ? "UNKNOWN" : byStatus;
  }

  /** The outcome of a wait for a token request. */
  static String tokenOutcome(@Nullable Throwable failure) {
    if (failure == null) {
      return "SUCCESS";
    }
    if (failure instanceof BisnodeAuthException auth) {
      String byStatus = outcome(auth.status());
      return byStatus.equals("SUCCESS") ? "UNKNOWN" : byStatus;
    }
    return "UNKNOWN";
  }

  /** The OAuth2 error code, {@code other} if unknown, or {@code none}. */
  static String error(@Nullable Throwable failure) {
    if (!(failure instanceof BisnodeAuthException auth)) {
      return NONE;
    }
    return auth.error().map(code -> OAUTH2_ERRORS.contains(code) ? code : "other").orElse(NONE);
  }
}
