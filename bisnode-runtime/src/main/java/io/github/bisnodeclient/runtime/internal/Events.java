package io.github.bisnodeclient.runtime.internal;

import io.github.bisnodeclient.runtime.BisnodeAuthException;
import io.github.bisnodeclient.runtime.BisnodeListener;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Hands events to the user's {@link BisnodeListener}, if any, never letting it break a call. */
public final class Events {
  private final @Nullable BisnodeListener listener;

  /**
   * Events for a listener.
   *
   * @param listener the user's listener, or null for none
   */
  public Events(@Nullable BisnodeListener listener) {
    this.listener = listener;
  }

  void call(
      Endpoint<?> endpoint,
      int status,
      int attempts,
      long startNanos,
      @Nullable Throwable failure) {
    if (listener == null) {
      return;
    }
    try {
      listener.onCall(
          new BisnodeListener.CallEvent(
              endpoint.method(),
              endpoint.verb(),
              endpoint.path().template(),
              status,
              attempts,
              Duration.ofNanos(System.nanoTime() - startNanos),
              failure));
    } catch (RuntimeException e) {
      // A listener's failure is its own; the call goes on.
    }
  }

  /**
   * A token request ended.
   *
   * @param scope the scope requested
   * @param status the HTTP status, or 0 if none arrived
   * @param lifetimeNanos the token's lifetime, or 0 on failure
   * @param startNanos when the request started, on {@link System#nanoTime()}
   * @param failure why it failed, or null
   */
  public void token(
      String scope,
      int status,
      long lifetimeNanos,
      long startNanos,
      @Nullable BisnodeAuthException failure) {
    if (listener == null) {
      return;
    }
    try {
      listener.onTokenFetch(
          new BisnodeListener.TokenEvent(
              scope,
              status,
              Duration.ofNanos(lifetimeNanos),
              Duration.ofNanos(System.nanoTime() - startNanos),
              failure));
    } catch (RuntimeException e) {
      // A listener's failure is its own; the token goes on.
    }
  }
}
