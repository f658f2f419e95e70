package io.github.bisnodeclient.runtime;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Hands events to the user's {@link BisnodeListener}, if any, never letting it break a call. */
final class Events {
  static final Events NONE = new Events(null);

  private final @Nullable BisnodeListener listener;

  Events(@Nullable BisnodeListener listener) {
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

  void token(
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
