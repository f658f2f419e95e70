package io.github.bisnodeclient.runtime;

import org.jspecify.annotations.Nullable;

/**
 * A call to Bisnode failed: the request could not be sent, no answer came in time, or the answer
 * could not be read as the declared type. Subclasses say more: {@link BisnodeApiException} for an
 * error status from an API, {@link BisnodeAuthException} for a failure to obtain a token.
 *
 * <p>Messages never contain a token, the client secret, or query values.
 */
public class BisnodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what happened
   */
  public BisnodeException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what happened
   * @param cause the underlying failure, or null if there is none
   */
  public BisnodeException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
