package io.github.bisnodeclient.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * Sees every API call and every token request a client makes, for metrics and tracing. Events carry
 * no token, secret, path value or query value. Methods run on the calling thread (or an I/O thread
 * for asynchronous calls) and must return quickly; exceptions they throw are ignored.
 *
 * <p>A call is seen as one {@link CallContext}, from {@link #onCallStart} to {@link #onCall}, the
 * same object at each of its events whatever thread they run on; if it waits for a token request,
 * {@link #onTokenWait} and {@link #onTokenWaitEnd} come in between. A client without a listener
 * creates no contexts and no events.
 */
public interface BisnodeListener {
  /**
   * One listener that tells each of {@code listeners} every event, in their order: for a client
   * that several listeners watch (meters and traces, say), since a builder takes one.
   *
   * @param listeners the listeners, one or more
   * @return the one listener given, or one for all of them
   * @throws IllegalArgumentException if {@code listeners} is empty
   */
  static BisnodeListener all(List<BisnodeListener> listeners) {
    List<BisnodeListener> copy = List.copyOf(listeners);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no listeners");
    }
    return copy.size() == 1 ? copy.get(0) : new AllListeners(copy);
  }

  /**
   * Called when an API call starts, before its first request; headers added to {@code call} here go
   * on each of its requests.
   *
   * @param call the call
   */
  default void onCallStart(CallContext call) {}

  /**
   * Called when an API call ends, successfully or not, cancelled or timed out; once per call.
   *
   * @param event what happened
   */
  default void onCall(CallEvent event) {}

  /**
   * Called when a call starts waiting for a token request, because its scope had no token or the
   * token was due; a call that finds a token waits for nothing and sees no such event.
   *
   * @param call the waiting call
   */
  default void onTokenWait(CallContext call) {}

  /**
   * Called when a call's wait for a token request ends.
   *
   * @param call the call that waited
   * @param failure why the token request failed, or null when a token arrived; the call may go on
   *     with its current token if that one has not expired yet
   */
  default void onTokenWaitEnd(CallContext call, @Nullable Throwable failure) {}

  /**
   * Called when a token request ends, successfully or not.
   *
   * @param event what happened
   */
  default void onTokenFetch(TokenEvent event) {}

  /**
   * One API call.
   *
   * @param call the call, as {@link #onCallStart} saw it
   * @param status the last HTTP status, or 0 if no response arrived
   * @param attempts how many requests the call took (more than 1 after a retry)
   * @param duration the whole call, retries and token waits included
   * @param failure why the call failed, or null if it returned a value
   */
  record CallEvent(
      CallContext call, int status, int attempts, Duration duration, @Nullable Throwable failure) {
    /**
     * The API interface's simple name.
     *
     * @return the name, such as {@code PersonSearchApi}
     */
    public String api() {
      return call.api();
    }

    /**
     * The interface method.
     *
     * @return the method, as {@code Interface.method}
     */
    public String method() {
      return call.method();
    }

    /**
     * The HTTP method.
     *
     * @return the verb, such as {@code GET}
     */
    public String verb() {
      return call.verb();
    }

    /**
     * The path template.
     *
     * @return the template, such as {@code /persons/{gedi}}
     */
    public String path() {
      return call.path();
    }

    /**
     * Why the call failed.
     *
     * @return the failure, or empty for a successful call
     */
    public Optional<Throwable> failed() {
      return Optional.ofNullable(failure);
    }

    /**
     * Whether the call ended by its deadline.
     *
     * @return true if it failed with a {@link BisnodeTimeoutException}
     */
    public boolean timedOut() {
      return failure instanceof BisnodeTimeoutException;
    }

    /**
     * Whether the caller cancelled the call's future before it completed.
     *
     * @return true if it failed with a {@link CancellationException}
     */
    public boolean cancelled() {
      return failure instanceof CancellationException;
    }
  }

  /**
   * One token request.
   *
   * @param scope the scope requested
   * @param status the HTTP status, or 0 if no response arrived
   * @param lifetime the lifetime of the token received, or zero on failure
   * @param duration how long the request took
   * @param awaited whether a call waited for it; false for a refresh in the background
   * @param failure why it failed, or null when a token arrived
   */
  record TokenEvent(
      String scope,
      int status,
      Duration lifetime,
      Duration duration,
      boolean awaited,
      @Nullable BisnodeAuthException failure) {
    /**
     * Why the request failed.
     *
     * @return the failure, or empty when a token arrived
     */
    public Optional<BisnodeAuthException> failed() {
      return Optional.ofNullable(failure);
    }

    /**
     * The OAuth2 error code the token endpoint answered with (RFC 6749 §5.2).
     *
     * @return the code, such as {@code invalid_client}, or empty on success or without one
     */
    public Optional<String> error() {
      return failure == null ? Optional.empty() : failure.error();
    }
  }
}
