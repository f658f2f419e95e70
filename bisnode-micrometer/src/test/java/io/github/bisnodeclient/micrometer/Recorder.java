package io.github.bisnodeclient.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.transport.SenderContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps every observation that started and stopped, and on a sender's start injects a fixed W3C
 * {@code traceparent} through the context's setter, as Micrometer Tracing's propagating handler
 * does with a real tracer.
 */
final class Recorder implements ObservationHandler<Observation.Context> {
  static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  final List<Observation.Context> started = new CopyOnWriteArrayList<>();
  final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

  @Override
  public void onStart(Observation.Context context) {
    started.add(context);
    if (context instanceof SenderContext<?> sender) {
      inject(sender);
    }
  }

  private static <C> void inject(SenderContext<C> sender) {
    sender.getSetter().set(sender.getCarrier(), "traceparent", TRACEPARENT);
  }

  @Override
  public void onStop(Observation.Context context) {
    stopped.add(context);
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return true;
  }

  List<Observation.Context> stopped(String name) {
    return stopped.stream().filter(c -> name.equals(c.getName())).toList();
  }
}
