package io.github.bisnodeclient.spring.boot;

import io.github.bisnodeclient.runtime.BisnodeClient;

/**
 * Changes the builder of the auto-configured {@link BisnodeClient} after the {@code bisnode.*}
 * properties are applied, for what properties cannot say (a {@code Gson} of the application's, for
 * instance). Declare one or more as beans; they run in {@link org.springframework.core.Ordered}
 * order.
 */
@FunctionalInterface
public interface BisnodeClientCustomizer {
  /**
   * Changes the builder.
   *
   * @param builder the builder, with the properties applied
   */
  void customize(BisnodeClient.Builder builder);
}
