package io.github.bisnodeclient.runtime;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sees every API call and every token request a client makes, for metrics and tracing. Events carry
 * no token, secret, path value or query value. Methods run on the calling thread (or an I/O thread
 * for asynchronous calls) and must return quickly; exceptions they throw are ignored.
 */
public interface BisnodeListener {
  /**
   * Called when an API call ends, successfully or not.
   *
   * @param event what happened
   */
  default void onCall(CallEvent event) {}

  /**
   * Called when a token request ends, successfully or not.
   *
   * @param event what happened
   */
  default void onTokenFetch(TokenEvent event) {}

  /**
   * One API call.
   *
   * @param method the interface method, as {@code Interface.method}
   * @param verb the HTTP method
   * @param path the path template, such as {@code /persons/{gedi}}
   * @param status the last HTTP status, or 0 if no response arrived
   * @param attempts how many requests the call took (more than 1 after a retry)
   * @param duration the whole call, retries and token waits included
   * @param failure why the call failed, or null if it returned a value
   */
  record CallEvent(
      String method,
      String verb,
      String path,
      int status,
      int attempts,
      Duration duration,
      @Nullable Throwable failure) {
    /**
     * Why the call failed.
     *
     * @return the failure, or empty for a successful call
     */
    public Optional<Throwable> failed() {
      return Optional.ofNullable(failure);
    }
  }

  /**
   * One token request.
   *
   * @param scope the scope requested
   * @param status the HTTP status, or 0 if no response arrived
   * @param lifetime the lifetime of the token received, or zero on failure
   * @param duration how long the request took
   * @param failure why it failed, or null when a token arrived
   */
  record TokenEvent(
      String scope,
      int status,
      Duration lifetime,
      Duration duration,
      @Nullable BisnodeAuthException failure) {
    /**
     * Why the request failed.
     *
     * @return the failure, or empty when a token arrived
     */
    public Optional<BisnodeAuthException> failed() {
      return Optional.ofNullable(failure);
    }
  }
}
