package io.github.bisnodeclient.micrometer;

import io.github.bisnodeclient.runtime.CallContext;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/** The observation context of a call's wait for a token request, a child of the call's. */
public final class TokenWaitContext extends Observation.Context {
  private final CallContext call;
  private volatile @Nullable Throwable failure;

  TokenWaitContext(CallContext call) {
    this.call = call;
  }

  /**
   * The call that waits.
   *
   * @return the call's context
   */
  public CallContext call() {
    return call;
  }

  /**
   * Why the token request failed.
   *
   * @return the failure, or null while waiting or when a token arrived
   */
  public @Nullable Throwable failure() {
    return failure;
  }

  void failed(@Nullable Throwable failure) {
    this.failure = failure;
  }
}
