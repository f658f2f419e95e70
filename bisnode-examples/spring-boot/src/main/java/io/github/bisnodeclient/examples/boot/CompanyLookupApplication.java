package io.github.bisnodeclient.examples.boot;

import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot service that looks companies up at Bisnode. The starter configures everything
 * from {@code bisnode.*} properties; {@code BISNODE_CLIENT_ID} and {@code BISNODE_CLIENT_SECRET}
 * in the environment set the credentials. Without them, this demo starts the embedded sandbox and
 * points the properties at it, so that it runs offline.
 */
@SpringBootApplication
public class CompanyLookupApplication {
  /** Started by {@link #main}. */
  CompanyLookupApplication() {}

  /**
   * Starts the service, on the embedded sandbox when no credentials are set.
   *
   * @param args Spring Boot's command line, such as {@code --server.port=8081}
   */
  public static void main(String[] args) {
    start(args, System.getenv());
  }

  static ConfigurableApplicationContext start(String[] args, Map<String, String> environment) {
    SpringApplication application = new SpringApplication(CompanyLookupApplication.class);
    if (!hasCredentials(environment, args)) {
      BisnodeSandbox sandbox = BisnodeSandbox.start();
      System.err.println(
          "No BISNODE_CLIENT_ID and BISNODE_CLIENT_SECRET: calling the embedded sandbox at "
              + sandbox.hostUrl());
      application.setDefaultProperties(
          Map.of(
              "bisnode.client-id", sandbox.clientId(),
              "bisnode.client-secret", sandbox.clientSecret(),
              "bisnode.token-url", sandbox.tokenUrl(),
              "bisnode.api-host", sandbox.hostUrl()));
      ConfigurableApplicationContext context = application.run(args);
      context.addApplicationListener(
          event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
              sandbox.close();
            }
          });
      return context;
    }
    return application.run(args);
  }

  private static boolean hasCredentials(Map<String, String> environment, String[] args) {
    if (environment.get("BISNODE_CLIENT_ID") != null) {
      return true;
    }
    for (String arg : args) {
      if (arg.startsWith("--bisnode.client-id=")) {
        return true;
      }
    }
    return false;
  }
}
