package io.github.bisnodeclient.micrometer;

import io.github.bisnodeclient.runtime.BisnodeListener.CallEvent;
import io.github.bisnodeclient.runtime.CallContext;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.RequestReplySenderContext;

/**
 * The observation context of one call: a sender context whose carrier is the call, so that a
 * tracer's propagating handler (Micrometer Tracing's) puts its headers, such as the W3C {@code
 * traceparent}, on each of the call's requests. The response is the call's end event.
 */
public final class CallObservationContext
    extends RequestReplySenderContext<CallContext, CallEvent> {
  CallObservationContext(CallContext call) {
    super(CallObservationContext::propagate, Kind.CLIENT);
    setCarrier(call);
    setRemoteServiceName("bisnode");
  }

  /**
   * The call observed.
   *
   * @return the call's context
   */
  public CallContext call() {
    CallContext call = getCarrier();
    if (call == null) {
      throw new IllegalStateException("no call"); // unreachable: set in the constructor
    }
    return call;
  }

  private static void propagate(
      @io.micrometer.common.lang.Nullable CallContext call, String name, String value) {
    if (call == null) {
      return;
    }
    try {
      call.header(name, value);
    } catch (IllegalArgumentException e) {
      // A header the request could not carry intact stays off it; the call goes on.
    }
  }
}
