package io.github.bisnodeclient.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Options for the sandbox that {@link BisnodeSandboxExtension} starts for a test class.
 *
 * <pre>{@code
 * @ExtendWith(BisnodeSandboxExtension.class)
 * @SandboxConfig(tokenLifetimeSeconds = 120)
 * class ShortTokensTest { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SandboxConfig {
  /**
   * How long issued tokens live.
   *
   * @return seconds, 3600 unless set
   */
  long tokenLifetimeSeconds() default 3600;

  /**
   * The port to listen on.
   *
   * @return the port; 0 (the default) picks a free one
   */
  int port() default 0;

  /**
   * Whether counters, recorded requests and fault switches are reset before each test, so that
   * tests of one class do not see each other's traffic. Issued tokens and the clock are kept.
   *
   * @return true unless set
   */
  boolean resetBeforeEach() default true;
}
