package io.github.bisnodeclient.runtime.internal;

import io.github.bisnodeclient.runtime.BisnodeAuthException;
import io.github.bisnodeclient.runtime.BisnodeListener;
import io.github.bisnodeclient.runtime.CallContext;
import java.time.Duration;
import java.util.function.BooleanSupplier;
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

  /**
   * A call starts: its context, or null without a listener, so that a client without one allocates
   * nothing for it.
   */
  @Nullable CallContext start(String api, Endpoint<?> endpoint, String scope) {
    BisnodeListener current = listener;
    return current == null ? null : ClientAccess.startCall(current, api, endpoint, scope);
  }

  void call(
      @Nullable CallContext context,
      int status,
      int attempts,
      long startNanos,
      @Nullable Throwable failure) {
    if (listener == null || context == null) {
      return;
    }
    try {
      listener.onCall(
          new BisnodeListener.CallEvent(
              context,
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
   * @param awaited whether a caller waits for the token, asked only with a listener
   * @param failure why it failed, or null
   */
  public void token(
      String scope,
      int status,
      long lifetimeNanos,
      long startNanos,
      BooleanSupplier awaited,
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
              awaited.getAsBoolean(),
              failure));
    } catch (RuntimeException e) {
      // A listener's failure is its own; the token goes on.
    }
  }
}
