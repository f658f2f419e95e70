package io.github.bisnodeclient.spring.boot.tests;

import static io.github.bisnodeclient.spring.boot.tests.Sandbox.SANDBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeException;
import io.github.bisnodeclient.spring.boot.BisnodeProperties;
import io.github.bisnodeclient.spring.boot.MissingBisnodeCredentialsException;
import io.github.bisnodeclient.spring.boot.tests.api.CompanyLookupApi;
import io.github.bisnodeclient.spring.boot.tests.api.PersonLookupApi;
import io.github.bisnodeclient.spring.boot.tests.plain.PlainApplication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Start-up as the properties decide it: failing clearly, off, and one base URL per interface. */
@ExtendWith(OutputCaptureExtension.class)
class StartupTest {

  /** Starts the application with {@code properties} as command-line arguments, which win. */
  private static ConfigurableApplicationContext start(String... properties) {
    return start(LookupApplication.class, properties);
  }

  private static ConfigurableApplicationContext start(Class<?> application, String... properties) {
    String[] args = new String[properties.length];
    for (int i = 0; i < properties.length; i++) {
      args[i] = "--" + properties[i];
    }
    return new SpringApplicationBuilder(application)
        .web(WebApplicationType.NONE)
        .properties("spring.main.banner-mode=off")
        .run(args);
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  @Test
  void failsWithoutCredentialsNamingTheMissingProperties(CapturedOutput output) {
    RuntimeException failure =
        assertThrows(
            RuntimeException.class, () -> start("bisnode.client-id=", "bisnode.client-secret="));
    MissingBisnodeCredentialsException missing =
        (MissingBisnodeCredentialsException) rootCause(failure);
    assertEquals(List.of("bisnode.client-id", "bisnode.client-secret"), missing.missing());
    String report = output.getAll();
    assertTrue(report.contains("APPLICATION FAILED TO START"), report);
    assertTrue(
        report.contains(
            "Failed to configure the Bisnode client: bisnode.client-id and bisnode.client-secret"
                + " are not set."),
        report);
    assertTrue(report.contains("bisnode.enabled=false"), report);
  }

  @Test
  void failsWhenOnlyTheSecretIsMissing(CapturedOutput output) {
    RuntimeException failure =
        assertThrows(
            RuntimeException.class,
            () -> start("bisnode.client-id=" + SANDBOX.clientId(), "bisnode.client-secret="));
    assertEquals(
        List.of("bisnode.client-secret"),
        ((MissingBisnodeCredentialsException) rootCause(failure)).missing());
    assertTrue(output.getAll().contains("bisnode.client-secret is not set."), output.getAll());
  }

  @Test
  void takesTheCredentialsFromTheEnvironmentVariables() {
    // the process environment as Spring Boot reads it, with relaxed names: BISNODE_CLIENT_ID
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                    "BISNODE_CLIENT_ID", SANDBOX.clientId(),
                    "BISNODE_CLIENT_SECRET", SANDBOX.clientSecret(),
                    "BISNODE_TOKEN_URL", SANDBOX.tokenUrl(),
                    "BISNODE_API_HOST", SANDBOX.hostUrl())));
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(LookupApplication.class)
            .web(WebApplicationType.NONE)
            .environment(environment)
            .properties("spring.main.banner-mode=off")
            .run()) {
      BisnodeProperties properties = context.getBean(BisnodeProperties.class);
      assertEquals(SANDBOX.clientId(), properties.getClientId());
      assertEquals(SANDBOX.clientSecret(), properties.getClientSecret());
      assertFalse(
          context
              .getBean(CompanyLookupApi.class)
              .search(new CompanyLookupApi.Query("SE", "Norrsken"))
              .companies()
              .isEmpty());
    }
  }

  @Test
  void closesTheClientWithTheContext() {
    CompanyLookupApi companies;
    try (ConfigurableApplicationContext context =
        start(
            "bisnode.client-id=" + SANDBOX.clientId(),
            "bisnode.client-secret=" + SANDBOX.clientSecret(),
            "bisnode.token-url=" + SANDBOX.tokenUrl(),
            "bisnode.api-host=" + SANDBOX.hostUrl())) {
      companies = context.getBean(CompanyLookupApi.class);
      assertFalse(
          companies.search(new CompanyLookupApi.Query("SE", "Norrsken")).companies().isEmpty());
    }
    CompanyLookupApi closed = companies;
    assertThrows(
        RuntimeException.class, () -> closed.search(new CompanyLookupApi.Query("SE", "Norrsken")));
  }

  @Test
  void startsWithoutTheClientWhenDisabled() {
    try (ConfigurableApplicationContext context =
        start(
            // lazily, so that the application's controller, which needs the API, is not created
            "spring.main.lazy-initialization=true",
            "bisnode.enabled=false",
            "bisnode.client-id=",
            "bisnode.client-secret=")) {
      assertEquals(0, context.getBeanNamesForType(BisnodeClient.class).length);
      assertEquals(0, context.getBeanNamesForType(CompanyLookupApi.class).length);
      assertEquals(0, context.getBeanNamesForType(PersonLookupApi.class).length);
    }
  }

  @Test
  void makesBeansOnlyOfTheInterfacesUnderTheApplicationsPackages() {
    try (ConfigurableApplicationContext context =
        start(
            PlainApplication.class,
            "bisnode.client-id=" + SANDBOX.clientId(),
            "bisnode.client-secret=" + SANDBOX.clientSecret())) {
      assertEquals(1, context.getBeanNamesForType(BisnodeClient.class).length);
      assertEquals(0, context.getBeanNamesForType(CompanyLookupApi.class).length);
      assertEquals(0, context.getBeanNamesForType(PersonLookupApi.class).length);
    }
  }

  @Test
  void sendsEachInterfaceToItsOwnBaseUrl() {
    try (ConfigurableApplicationContext context =
        start(
            "bisnode.client-id=" + SANDBOX.clientId(),
            "bisnode.client-secret=" + SANDBOX.clientSecret(),
            "bisnode.token-url=" + SANDBOX.tokenUrl(),
            // nothing listens on port 9 of loopback: every other interface fails to connect
            "bisnode.base-url=http://127.0.0.1:9/nowhere",
            "bisnode.apis.company-lookup-api.base-url=" + SANDBOX.creditDataCompaniesBaseUrl(),
            "bisnode.connect-timeout=2s",
            "bisnode.max-attempts=1")) {
      CompanyLookupApi companies = context.getBean(CompanyLookupApi.class);
      assertFalse(
          companies.search(new CompanyLookupApi.Query("SE", "Norrsken")).companies().isEmpty());
      PersonLookupApi persons = context.getBean(PersonLookupApi.class);
      BisnodeException refused =
          assertThrows(BisnodeException.class, () -> persons.search("Sven", "Svensson", "SE"));
      assertTrue(refused.getMessage().contains("127.0.0.1:9"), refused.getMessage());
    }
  }

  @Test
  void refusesAPerInterfaceKeyThatNamesNoInterface() {
    RuntimeException failure =
        assertThrows(
            RuntimeException.class,
            () ->
                start(
                    "bisnode.client-id=" + SANDBOX.clientId(),
                    "bisnode.client-secret=" + SANDBOX.clientSecret(),
                    "bisnode.apis.company-lookup.base-url="
                        + SANDBOX.creditDataCompaniesBaseUrl()));
    String message = rootCause(failure).getMessage();
    assertTrue(message.contains("bisnode.apis names [company-lookup]"), message);
    assertTrue(
        message.contains("io.github.bisnodeclient.spring.boot.tests.api.CompanyLookupApi"),
        message);
  }
}
