package io.github.bisnodeclient.spring.boot.tests;

import static io.github.bisnodeclient.spring.boot.tests.Sandbox.SANDBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeListener;
import io.github.bisnodeclient.spring.boot.tests.api.CompanyLookupApi;
import io.github.bisnodeclient.spring.boot.tests.api.PersonLookupApi;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/** The application's own client and interface beans win over the starter's. */
@SpringBootTest(
    classes = {LookupApplication.class, UserBeansTest.OwnBeans.class},
    webEnvironment = SpringBootTest.WebEnvironment.NONE)
class UserBeansTest {
  /** What the application's own client saw. */
  static final List<String> CALLS = new CopyOnWriteArrayList<>();

  @TestConfiguration(proxyBeanMethods = false)
  static class OwnBeans {
    @Bean(destroyMethod = "close")
    BisnodeClient ownClient() {
      return SANDBOX
          .clientBuilder()
          .listener(
              new BisnodeListener() {
                @Override
                public void onCall(CallEvent event) {
                  CALLS.add(event.call().api() + " " + event.status());
                }
              })
          .build();
    }

    @Bean
    CompanyLookupApi ownCompanies() {
      return query -> new CompanyLookupApi.Hits(List.of(new CompanyLookupApi.Company("Own", "1")));
    }
  }

  @Autowired ApplicationContext context;
  @Autowired BisnodeClient client;
  @Autowired CompanyLookupApi companies;
  @Autowired PersonLookupApi persons;

  @Test
  void theApplicationsOwnBeansWin() {
    assertEquals(List.of("ownClient"), List.of(context.getBeanNamesForType(BisnodeClient.class)));
    assertSame(context.getBean("ownClient"), client);
    assertEquals(
        List.of("ownCompanies"), List.of(context.getBeanNamesForType(CompanyLookupApi.class)));
    assertEquals(
        "Own", companies.search(new CompanyLookupApi.Query("SE", "x")).companies().get(0).name());
    // the interface without a bean of the application's comes from the application's client
    assertTrue(persons.search("Sven", "Svensson", "SE").contains("Svensson"));
    assertEquals(List.of("PersonLookupApi 200"), CALLS);
    assertSame(persons, client.create(PersonLookupApi.class));
  }
}
