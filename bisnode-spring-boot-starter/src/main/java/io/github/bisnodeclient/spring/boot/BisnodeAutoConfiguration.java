package io.github.bisnodeclient.spring.boot;

import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * A {@link BisnodeClient} from the {@code bisnode.*} properties, closed with the context, and a
 * bean for every {@code @BisnodeApi} interface under the application's packages. A {@code
 * BisnodeClient} or interface bean the application declares itself wins; {@code
 * bisnode.enabled=false} turns it all off. Every {@link BisnodeListener} bean sees the client's
 * events, and every {@link BisnodeClientCustomizer} bean may change its builder.
 */
@AutoConfiguration
@ConditionalOnClass(BisnodeClient.class)
@ConditionalOnProperty(prefix = "bisnode", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(BisnodeProperties.class)
public class BisnodeAutoConfiguration {
  /** Created by Spring from the auto-configuration imports. */
  public BisnodeAutoConfiguration() {}

  /**
   * Registers the interface beans; static, as a registry post-processor must be.
   *
   * @return the registrar
   */
  @Bean
  static BeanDefinitionRegistryPostProcessor bisnodeApiRegistrar() {
    return new BisnodeApiRegistrar();
  }

  /**
   * The client, built from the properties, then changed by the customizers.
   *
   * @param properties the {@code bisnode.*} properties
   * @param apis the application's interfaces, for {@code bisnode.apis.*}
   * @param listeners the application's listeners, in order
   * @param customizers the application's customizers, in order
   * @return the client; the context closes it
   * @throws MissingBisnodeCredentialsException if the client id or secret is not set
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public BisnodeClient bisnodeClient(
      BisnodeProperties properties,
      @Qualifier(BisnodeApiRegistrar.APIS_BEAN) BisnodeApis apis,
      ObjectProvider<BisnodeListener> listeners,
      ObjectProvider<BisnodeClientCustomizer> customizers) {
    BisnodeClient.Builder builder = builder(properties, apis);
    List<BisnodeListener> all = listeners.orderedStream().toList();
    if (!all.isEmpty()) {
      builder.listener(BisnodeListener.all(all));
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  static BisnodeClient.Builder builder(BisnodeProperties properties, BisnodeApis apis) {
    String id = properties.getClientId();
    String secret = properties.getClientSecret();
    List<String> missing = new ArrayList<>();
    if (id == null || id.isBlank()) {
      missing.add("bisnode.client-id");
    }
    if (secret == null || secret.isEmpty()) {
      missing.add("bisnode.client-secret");
    }
    if (id == null || secret == null || !missing.isEmpty()) {
      throw new MissingBisnodeCredentialsException(missing);
    }
    apis.checkKeys(properties.getApis());
    BisnodeClient.Builder builder = BisnodeClient.builder().credentials(id, secret);
    set(properties.getTokenUrl(), builder::tokenUrl);
    set(properties.getBaseUrl(), builder::baseUrl);
    set(properties.getApiHost(), builder::apiHost);
    for (Map.Entry<String, BisnodeProperties.Api> entry : properties.getApis().entrySet()) {
      Class<?> api = apis.named(entry.getKey());
      String url = entry.getValue().getBaseUrl();
      if (api != null && url != null) {
        builder.baseUrl(api, url);
      }
    }
    set(properties.getRefreshMargin(), builder::refreshMargin);
    set(properties.getConnectTimeout(), builder::connectTimeout);
    set(properties.getResponseTimeout(), builder::responseTimeout);
    set(properties.getDefaultTokenLifetime(), builder::defaultTokenLifetime);
    set(properties.getMaxConnections(), builder::maxConnections);
    if (properties.getMaxResponseSize() != null) {
      builder.maxResponseBytes(properties.getMaxResponseSize().toBytes());
    }
    set(properties.getMaxAttempts(), builder::maxAttempts);
    set(properties.getRetryAfterCap(), builder::retryAfterCap);
    Duration base = properties.getRetryBackoff();
    Duration cap = properties.getRetryBackoffCap();
    if (base != null || cap != null) {
      // the builder's defaults, 200 ms and 30 s, for the one left unset
      Duration first = base != null ? base : Duration.ofMillis(200);
      Duration last = cap != null ? cap : max(first, Duration.ofSeconds(30));
      builder.retryBackoff(first, last);
    }
    set(properties.getProactiveRefresh(), builder::proactiveRefresh);
    set(properties.getScheduledRefresh(), builder::scheduledRefresh);
    set(properties.getClientAuthentication(), builder::clientAuthentication);
    set(properties.getProxy(), builder::proxy);
    return builder;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static <T> void set(@Nullable T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
