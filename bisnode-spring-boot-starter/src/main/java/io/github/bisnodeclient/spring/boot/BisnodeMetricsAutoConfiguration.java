package io.github.bisnodeclient.spring.boot;

import io.github.bisnodeclient.micrometer.BisnodeMetrics;
import io.github.bisnodeclient.micrometer.BisnodeObservations;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeListener;
import io.github.bisnodeclient.runtime.TokenCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.MeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The meters and observations of {@code bisnode-micrometer} in the application's {@link
 * MeterRegistry} and {@link ObservationRegistry}: {@code bisnode.client.requests}, {@code
 * bisnode.client.retries}, {@code bisnode.token.requests} and the gauge {@code
 * bisnode.token.remaining} of each scope in use once the context has started. Active where a {@code
 * MeterRegistry} bean exists, as Spring Boot's Actuator makes one; the class names below are Boot
 * 3's and Boot 4's configurations of the registries.
 */
@AutoConfiguration(
    before = BisnodeAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
    })
@ConditionalOnClass({MeterRegistry.class, BisnodeMetrics.class, BisnodeClient.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "bisnode", name = "enabled", matchIfMissing = true)
public class BisnodeMetricsAutoConfiguration {
  /** Created by Spring from the auto-configuration imports. */
  public BisnodeMetricsAutoConfiguration() {}

  /**
   * The listener that records the meters, and observes each call where the application has an
   * {@link ObservationRegistry}. Where a {@link MeterObservationHandler} bean times observations
   * into meters (as Spring Boot's Actuator sets up), that handler makes the {@code
   * bisnode.client.requests} timer from the observation; otherwise the listener times it itself.
   *
   * @param registry the meter registry
   * @param observations the observation registry, if any
   * @param meterHandlers the handlers that turn observations into meters, if any
   * @return the listener, which the auto-configured client is given with the other listener beans
   */
  @Bean
  @ConditionalOnMissingBean(name = "bisnodeMetricsListener")
  public BisnodeListener bisnodeMetricsListener(
      MeterRegistry registry,
      ObjectProvider<ObservationRegistry> observations,
      ObjectProvider<MeterObservationHandler<?>> meterHandlers) {
    ObservationRegistry observation = observations.getIfAvailable();
    if (observation == null || observation.isNoop()) {
      return BisnodeMetrics.listener(registry);
    }
    if (meterHandlers.stream().findAny().isPresent()) {
      return BisnodeMetrics.listener(registry, observation);
    }
    return BisnodeListener.all(
        List.of(BisnodeMetrics.listener(registry), BisnodeObservations.listener(observation)));
  }

  /**
   * Registers {@code bisnode.token.remaining} for the scope of every API bean once all singletons
   * exist.
   *
   * @param registry the meter registry
   * @param clients the context's clients
   * @return the callback
   */
  @Bean
  public SmartInitializingSingleton bisnodeTokenGauges(
      MeterRegistry registry, ObjectProvider<BisnodeClient> clients) {
    return () -> {
      for (BisnodeClient client : clients.orderedStream().toList()) {
        for (TokenCache cache : client.tokenCaches()) {
          BisnodeMetrics.monitor(registry, cache);
        }
      }
    };
  }
}
