package io.github.bisnodeclient.runtime;

import org.jspecify.annotations.Nullable;

/**
 * A call did not complete within its deadline: {@code responseTimeout}, or the method's own
 * {@code @Timeout}, from the moment the request was sent to the last byte of the response. The
 * exchange was aborted and its connection closed. A token request cut off by {@code
 * responseTimeout} fails as a {@link BisnodeAuthException} with this as its cause.
 */
public class BisnodeTimeoutException extends BisnodeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what timed out, and after how long
   * @param cause the failure the abort caused, or null
   */
  public BisnodeTimeoutException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
