package io.github.bisnodeclient.runtime;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * No access token could be obtained from the token endpoint: it refused the credentials or scope,
 * answered with an error or garbage, or could not be reached in time.
 *
 * <p>The message names the token URL, the HTTP status and the OAuth2 {@code error} and {@code
 * error_description}; it never contains the client secret or a token.
 */
public class BisnodeAuthException extends BisnodeException {
  private static final long serialVersionUID = 1L;

  /** The token endpoint that failed. */
  private final String tokenUrl;

  /** The HTTP status of the answer, or 0 if none arrived. */
  private final int status;

  /** The OAuth2 {@code error} code, or null. */
  private final @Nullable String error;

  /** The OAuth2 {@code error_description}, or what went wrong, or null. */
  private final @Nullable String errorDescription;

  /** The delay the endpoint asked for before another request, in nanoseconds; 0 if none. */
  private transient long retryAfterNanos;

  /**
   * Creates an exception for a failed token request.
   *
   * @param tokenUrl the token endpoint
   * @param status the HTTP status, or 0 if no response arrived
   * @param error the OAuth2 {@code error} code, such as {@code invalid_client}, or null
   * @param errorDescription the OAuth2 {@code error_description}, or what went wrong, or null
   * @param cause the underlying failure, or null
   */
  public BisnodeAuthException(
      String tokenUrl,
      int status,
      @Nullable String error,
      @Nullable String errorDescription,
      @Nullable Throwable cause) {
    super(message(tokenUrl, status, error, errorDescription), cause);
    this.tokenUrl = tokenUrl;
    this.status = status;
    this.error = error;
    this.errorDescription = errorDescription;
  }

  private static String message(
      String tokenUrl, int status, @Nullable String error, @Nullable String errorDescription) {
    StringBuilder message =
        new StringBuilder("Token request to ").append(tokenUrl).append(" failed");
    message.append(status > 0 ? ": HTTP " + status : ": no response");
    if (error != null) {
      message.append(", error ").append(error);
    }
    if (errorDescription != null) {
      message.append(" (").append(errorDescription).append(')');
    }
    if ("invalid_request".equals(error)) {
      // Servers differ on whether Basic credentials are form-encoded (RFC 6749 §2.3.1) or not; some
      // answer invalid_request to a secret with characters such as ':', '%' or '+' sent the other
      // way, and sending it again the same way cannot help.
      message.append(
          "; a client id or secret with characters such as ':', '%' or '+' may need"
              + " clientAuthentication(BASIC_FORM_ENCODED) or clientAuthentication(CLIENT_SECRET_POST)");
    }
    return message.toString();
  }

  /** The delay the endpoint asked for with {@code Retry-After}, in nanoseconds; 0 if none. */
  long retryAfterNanos() {
    return retryAfterNanos;
  }

  BisnodeAuthException retryAfter(long nanos) {
    this.retryAfterNanos = nanos;
    return this;
  }

  /**
   * The token endpoint that failed.
   *
   * @return the token URL
   */
  public String tokenUrl() {
    return tokenUrl;
  }

  /**
   * The HTTP status of the token endpoint's answer.
   *
   * @return the status, or 0 if no response arrived
   */
  public int status() {
    return status;
  }

  /**
   * The OAuth2 {@code error} code, such as {@code invalid_client} or {@code invalid_scope}.
   *
   * @return the error code, or empty if the answer had none
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /**
   * The OAuth2 {@code error_description}, or a description of what went wrong.
   *
   * @return the description, or empty
   */
  public Optional<String> errorDescription() {
    return Optional.ofNullable(errorDescription);
  }
}
