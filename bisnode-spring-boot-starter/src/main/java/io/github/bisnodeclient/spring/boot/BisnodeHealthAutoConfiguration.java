package io.github.bisnodeclient.spring.boot;

import io.github.bisnodeclient.runtime.BisnodeClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health indicator {@code bisnode} ({@code /actuator/health/bisnode}) where Actuator is on the
 * class path, for the context's {@link BisnodeClient}: UP while every scope in use holds or can
 * obtain a valid token, DOWN with the token URL and the OAuth2 error when one cannot. Off with
 * {@code management.health.bisnode.enabled=false}. Spring Boot 4 moved the health types to {@code
 * spring-boot-health}; one configuration serves each line.
 */
@AutoConfiguration(after = BisnodeAutoConfiguration.class)
@ConditionalOnBean(BisnodeClient.class)
@ConditionalOnProperty(
    prefix = "management.health.bisnode",
    name = "enabled",
    matchIfMissing = true)
public class BisnodeHealthAutoConfiguration {
  /** The bean name, from which Actuator derives the indicator's name {@code bisnode}. */
  static final String BEAN = "bisnodeHealthIndicator";

  /** Created by Spring from the auto-configuration imports. */
  public BisnodeHealthAutoConfiguration() {}

  /** Spring Boot 4: {@code org.springframework.boot.health.contributor}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class Boot4 {
    @Bean(BEAN)
    @ConditionalOnMissingBean(name = BEAN)
    Boot4HealthIndicator bisnodeHealthIndicator(ObjectProvider<BisnodeClient> clients) {
      return new Boot4HealthIndicator(clients);
    }
  }

  /** Spring Boot 3: {@code org.springframework.boot.actuate.health}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  @ConditionalOnMissingClass("org.springframework.boot.health.contributor.HealthIndicator")
  static class Boot3 {
    @Bean(BEAN)
    @ConditionalOnMissingBean(name = BEAN)
    Boot3HealthIndicator bisnodeHealthIndicator(ObjectProvider<BisnodeClient> clients) {
      return new Boot3HealthIndicator(clients);
    }
  }
}
