package io.github.bisnodeclient.benchmarks;

import io.github.bisnodeclient.micrometer.BisnodeMetrics;
import io.github.bisnodeclient.micrometer.BisnodeObservations;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

/**
 * (a) with bisnode-micrometer's listeners, in a class of their own so that the other contenders'
 * start-up probes load none of Micrometer.
 */
final class ObservedSessions {
  private ObservedSessions() {}

  /** Every meter of bisnode-micrometer, into a registry that keeps them: their cost per call. */
  static Session withMetrics(String baseUrl) {
    return BisnodeSession.open(baseUrl, BisnodeMetrics.listener(new SimpleMeterRegistry()));
  }

  /** A listener whose registry is Micrometer's no-op one: the cost of a listener being set. */
  static Session withNoopObservations(String baseUrl) {
    return BisnodeSession.open(baseUrl, BisnodeObservations.listener(ObservationRegistry.NOOP));
  }
}
