package io.github.bisnodeclient.micrometer;

import io.github.bisnodeclient.runtime.BisnodeClient;
import io.micrometer.core.instrument.MeterRegistry;

/** The README's "Metrics and tracing" lines, compiled by this build (the README snippets test). */
final class ReadmeExample {
  private ReadmeExample() {}

  static BisnodeClient client(MeterRegistry meterRegistry) {
    BisnodeMetrics metrics = BisnodeMetrics.listener(meterRegistry);
    BisnodeClient client = BisnodeClient.builder().listener(metrics).build();
    metrics.monitor(client.tokenCache("bci")); // the bisnode.token.remaining gauge
    // tracing: BisnodeObservations.listener(observationRegistry)
    // both, where observations are timed into the meter registry (Spring Boot):
    //   BisnodeMetrics.listener(meterRegistry, observationRegistry)
    return client;
  }
}
