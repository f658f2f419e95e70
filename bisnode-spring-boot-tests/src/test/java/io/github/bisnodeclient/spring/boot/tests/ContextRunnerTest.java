package io.github.bisnodeclient.spring.boot.tests;

import static io.github.bisnodeclient.spring.boot.tests.Sandbox.SANDBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.spring.boot.BisnodeAutoConfiguration;
import io.github.bisnodeclient.spring.boot.BisnodeHealthAutoConfiguration;
import io.github.bisnodeclient.spring.boot.BisnodeMetricsAutoConfiguration;
import io.github.bisnodeclient.spring.boot.tests.api.CompanyLookupApi;
import io.github.bisnodeclient.spring.boot.tests.api.PersonLookupApi;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The auto-configurations in a context put together by hand, without Actuator's configuration: the
 * application's own meter and observation registries, and no application packages.
 */
class ContextRunnerTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  BisnodeAutoConfiguration.class,
                  BisnodeHealthAutoConfiguration.class,
                  BisnodeMetricsAutoConfiguration.class))
          .withPropertyValues(
              "bisnode.client-id=" + SANDBOX.clientId(),
              "bisnode.client-secret=" + SANDBOX.clientSecret(),
              "bisnode.token-url=" + SANDBOX.tokenUrl(),
              "bisnode.api-host=" + SANDBOX.hostUrl());

  @Test
  void timesAndObservesCallsWithTheApplicationsOwnRegistries() {
    List<String> observed = new CopyOnWriteArrayList<>();
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(
            ObservationRegistry.class,
            () -> {
              ObservationRegistry registry = ObservationRegistry.create();
              registry
                  .observationConfig()
                  .observationHandler(
                      new ObservationHandler<Observation.Context>() {
                        @Override
                        public void onStop(Observation.Context context) {
                          observed.add(context.getName());
                        }

                        @Override
                        public boolean supportsContext(Observation.Context context) {
                          return true;
                        }
                      });
              return registry;
            })
        .run(
            context -> {
              // no @SpringBootApplication, so every interface the index lists is a bean
              assertNotNull(context.getBean(PersonLookupApi.class));
              CompanyLookupApi companies = context.getBean(CompanyLookupApi.class);
              assertFalse(
                  companies
                      .search(new CompanyLookupApi.Query("SE", "Norrsken"))
                      .companies()
                      .isEmpty());
              MeterRegistry meters = context.getBean(MeterRegistry.class);
              Timer calls =
                  meters.get("bisnode.client.requests").tag("api", "CompanyLookupApi").timer();
              assertEquals(1, calls.count());
              assertEquals(1, meters.get("bisnode.token.requests").timers().size());
              assertTrue(observed.contains("bisnode.client.requests"), observed.toString());
              assertTrue(context.containsBean("bisnodeHealthIndicator"));
            });
  }

  @Test
  void timesCallsWithOnlyAMeterRegistry() {
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              context
                  .getBean(CompanyLookupApi.class)
                  .search(new CompanyLookupApi.Query("SE", "Norrsken"));
              MeterRegistry meters = context.getBean(MeterRegistry.class);
              assertEquals(
                  1,
                  meters
                      .get("bisnode.client.requests")
                      .tag("outcome", "SUCCESS")
                      .tag("uri", "/companies")
                      .timer()
                      .count());
              assertNotNull(meters.find("bisnode.token.remaining").tag("scope", "bci").gauge());
            });
  }

  @Test
  void configuresNoMetersWithoutAMeterRegistry() {
    runner.run(
        context -> {
          assertFalse(context.containsBean("bisnodeMetricsListener"));
          assertTrue(
              context
                  .getBean(PersonLookupApi.class)
                  .search("Sven", "Svensson", "SE")
                  .contains("Svensson"));
        });
  }
}
