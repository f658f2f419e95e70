package io.github.bisnodeclient.spring.boot;

import io.github.bisnodeclient.runtime.BisnodeClient;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.util.ClassUtils;

/**
 * Registers a bean for every {@code @BisnodeApi} interface of the application (see {@link
 * BisnodeApis}; all the index lists where no auto-configuration packages are registered) that has
 * no bean yet: the generated client, created by the context's {@link BisnodeClient}. Runs after the
 * application's own bean definitions are loaded, so that a bean of the interface the application
 * declares itself wins.
 */
final class BisnodeApiRegistrar implements BeanDefinitionRegistryPostProcessor {
  /** The bean holding the {@link BisnodeApis} of the application. */
  static final String APIS_BEAN = "io.github.bisnodeclient.spring.boot.bisnodeApis";

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    if (!(registry instanceof ConfigurableListableBeanFactory beanFactory)) {
      return;
    }
    // Without the packages of a @SpringBootApplication (a context put together by hand), every
    // interface of the index is the application's.
    List<String> packages =
        AutoConfigurationPackages.has(beanFactory)
            ? AutoConfigurationPackages.get(beanFactory)
            : List.of("");
    ClassLoader loader =
        Objects.requireNonNullElseGet(
            beanFactory.getBeanClassLoader(), ClassUtils::getDefaultClassLoader);
    BisnodeApis apis = BisnodeApis.read(Objects.requireNonNull(loader), packages);
    RootBeanDefinition index = new RootBeanDefinition(BisnodeApis.class, () -> apis);
    index.setRole(RootBeanDefinition.ROLE_INFRASTRUCTURE);
    registry.registerBeanDefinition(APIS_BEAN, index);
    for (Class<?> api : apis.interfaces()) {
      if (hasBean(beanFactory, api)) {
        continue;
      }
      registry.registerBeanDefinition(api.getName(), definition(api, beanFactory));
    }
  }

  private static boolean hasBean(ListableBeanFactory beanFactory, Class<?> api) {
    return beanFactory.getBeanNamesForType(api, true, false).length > 0;
  }

  private static <T> RootBeanDefinition definition(Class<T> api, BeanFactory beanFactory) {
    RootBeanDefinition definition =
        new RootBeanDefinition(
            api, () -> beanFactory.getBeanProvider(BisnodeClient.class).getObject().create(api));
    definition.setDescription("The generated client of " + api.getName());
    return definition;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
}
