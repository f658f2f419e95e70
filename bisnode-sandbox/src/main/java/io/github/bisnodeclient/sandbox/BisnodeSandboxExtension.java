package io.github.bisnodeclient.sandbox;

import io.github.bisnodeclient.runtime.BisnodeClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts one {@link BisnodeSandbox} per test class and injects it, or a ready {@link BisnodeClient}
 * for it, into constructors, lifecycle methods and test methods.
 *
 * <pre>{@code
 * @ExtendWith(BisnodeSandboxExtension.class)
 * class PersonSearchTest {
 *   @Test
 *   void findsSven(BisnodeClient bisnode, BisnodeSandbox sandbox) {
 *     bisnode.create(PersonSearchApi.class).search("Sven", "Svensson", "SE");
 *     assertEquals(1, sandbox.tokenRequestCount());
 *   }
 * }
 * }</pre>
 *
 * <p>Or, to configure the sandbox in code:
 *
 * <pre>{@code
 * @RegisterExtension
 * static BisnodeSandboxExtension sandbox =
 *     BisnodeSandboxExtension.configured(b -> b.client("bci-only", "secret", "bci"));
 * }</pre>
 *
 * <p>The client calls each interface at the sandbox's host under the path of the interface's own
 * {@code @BisnodeApi(baseUrl)} ({@link BisnodeSandbox#clientBuilder()}), and the sandbox serves
 * each API only under its real base path: a typo in a base path fails with a 404, as at Bisnode.
 *
 * <p>The sandbox and the client are closed after the class's tests. {@link SandboxConfig} on the
 * class sets options; unless it says otherwise, counters, recorded requests and fault switches are
 * reset before each test. Nested test classes share their outer class's sandbox.
 */
public final class BisnodeSandboxExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BisnodeSandboxExtension.class);
  private static final String SANDBOX = "sandbox";
  private static final String CLIENT = "client";

  private final @Nullable Consumer<BisnodeSandbox.Builder> configuration;

  /** The extension with the defaults, or those of the test class's {@link SandboxConfig}. */
  public BisnodeSandboxExtension() {
    this(null);
  }

  private BisnodeSandboxExtension(@Nullable Consumer<BisnodeSandbox.Builder> configuration) {
    this.configuration = configuration;
  }

  /**
   * An extension whose sandboxes are configured in code, for {@code @RegisterExtension}; the
   * configuration runs after {@link SandboxConfig}'s, so it has the last word.
   *
   * @param configuration sets up the builder, for instance adding clients
   * @return the extension
   */
  public static BisnodeSandboxExtension configured(Consumer<BisnodeSandbox.Builder> configuration) {
    return new BisnodeSandboxExtension(Objects.requireNonNull(configuration, "configuration"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sandbox(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (config(context).map(SandboxConfig::resetBeforeEach).orElse(true)) {
      sandbox(context).reset();
    }
  }

  /** Closes what this class started; a nested class leaves its outer class's sandbox alone. */
  @Override
  public void afterAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    BisnodeClient client = store.remove(CLIENT, BisnodeClient.class);
    if (client != null) {
      client.close();
    }
    BisnodeSandbox sandbox = store.remove(SANDBOX, BisnodeSandbox.class);
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == BisnodeSandbox.class || type == BisnodeClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == BisnodeSandbox.class) {
      return sandbox(context);
    }
    BisnodeSandbox sandbox = sandbox(context);
    return classContext(context)
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(CLIENT, key -> sandbox.newClient(), BisnodeClient.class);
  }

  /** The class's sandbox, started on first use; the store finds an outer class's first. */
  private BisnodeSandbox sandbox(ExtensionContext context) {
    ExtensionContext owner = classContext(context);
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SANDBOX, key -> start(owner), BisnodeSandbox.class);
  }

  private BisnodeSandbox start(ExtensionContext context) {
    BisnodeSandbox.Builder builder = BisnodeSandbox.builder();
    config(context)
        .ifPresent(
            config ->
                builder
                    .tokenLifetime(Duration.ofSeconds(config.tokenLifetimeSeconds()))
                    .port(config.port()));
    if (configuration != null) {
      configuration.accept(builder);
    }
    return builder.start();
  }

  /** The context of the test class: method contexts hand their resources to it. */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  private static Optional<SandboxConfig> config(ExtensionContext context) {
    Optional<ExtensionContext> current = Optional.of(context);
    while (current.isPresent()) {
      Optional<Class<?>> type = current.get().getTestClass();
      if (type.isPresent()) {
        Optional<SandboxConfig> found =
            AnnotationSupport.findAnnotation(type.get(), SandboxConfig.class);
        if (found.isPresent()) {
          return found;
        }
      }
      current = current.get().getParent();
    }
    return Optional.empty();
  }
}
