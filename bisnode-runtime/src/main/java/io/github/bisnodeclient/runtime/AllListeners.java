package io.github.bisnodeclient.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Several listeners told every event, in order: {@link BisnodeListener#all(List)}. */
final class AllListeners implements BisnodeListener {
  private final List<BisnodeListener> listeners;

  AllListeners(List<BisnodeListener> listeners) {
    this.listeners = listeners;
  }

  @Override
  public void onCallStart(CallContext call) {
    for (BisnodeListener listener : listeners) {
      listener.onCallStart(call);
    }
  }

  @Override
  public void onCall(CallEvent event) {
    for (BisnodeListener listener : listeners) {
      listener.onCall(event);
    }
  }

  @Override
  public void onTokenWait(CallContext call) {
    for (BisnodeListener listener : listeners) {
      listener.onTokenWait(call);
    }
  }

  @Override
  public void onTokenWaitEnd(CallContext call, @Nullable Throwable failure) {
    for (BisnodeListener listener : listeners) {
      listener.onTokenWaitEnd(call, failure);
    }
  }

  @Override
  public void onTokenFetch(TokenEvent event) {
    for (BisnodeListener listener : listeners) {
      listener.onTokenFetch(event);
    }
  }
}
