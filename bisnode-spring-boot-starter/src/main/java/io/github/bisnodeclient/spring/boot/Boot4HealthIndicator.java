package io.github.bisnodeclient.spring.boot;

import io.github.bisnodeclient.runtime.BisnodeClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health indicator {@code bisnode} on Spring Boot 4, where spring-boot-health defines the
 * types.
 */
final class Boot4HealthIndicator implements HealthIndicator {
  private final ObjectProvider<BisnodeClient> clients;

  Boot4HealthIndicator(ObjectProvider<BisnodeClient> clients) {
    this.clients = clients;
  }

  @Override
  public Health health() {
    BisnodeHealthCheck.Result result = BisnodeHealthCheck.check(clients.orderedStream().toList());
    Health.Builder health =
        switch (result.state()) {
          case UP -> Health.up();
          case DOWN -> Health.down();
          case UNKNOWN -> Health.unknown();
        };
    return health.withDetails(result.details()).build();
  }
}
