package io.github.bisnodeclient.spring.boot;

import io.github.bisnodeclient.runtime.BisnodeListener;
import io.github.bisnodeclient.runtime.CallContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Several listeners told every event in order: the context's {@link BisnodeListener} beans. */
final class CompositeListener implements BisnodeListener {
  private final List<BisnodeListener> listeners;

  private CompositeListener(List<BisnodeListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  static @Nullable BisnodeListener of(List<BisnodeListener> listeners) {
    return switch (listeners.size()) {
      case 0 -> null;
      case 1 -> listeners.get(0);
      default -> new CompositeListener(listeners);
    };
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
