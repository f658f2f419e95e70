package io.github.bisnodeclient.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bisnodeclient.examples.company.CreditDataCompaniesApi;
import io.github.bisnodeclient.examples.person.PersonFindApi;
import io.github.bisnodeclient.examples.person.PersonSearchApi;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.internal.ApiTarget;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --env sandbox} sends each API to Bisnode's sandbox host under its production base path.
 * (The demo's tests on the embedded sandbox prove the paths: it serves each API only under its
 * own.)
 */
class SandboxHostsTest {

  @Test
  void everyDeclaredApiGoesToBisnodesSandboxHostUnderItsBasePath() {
    BisnodeClient.Builder builder = BisnodeClient.builder().credentials("id", "secret");
    SandboxHosts.apply(builder, Connection.SANDBOX_HOST);

    try (BisnodeClient client = builder.build()) {
      Map<Class<?>, String> expected =
          Map.of(
              PersonSearchApi.class,
              "https://sandbox-api.bisnode.com/consumerintelligence/person/v2",
              PersonFindApi.class,
              "https://sandbox-api.bisnode.com/consumer-intelligence/v3",
              CreditDataCompaniesApi.class,
              "https://sandbox-api.bisnode.com/credit-data-companies/v2");
      assertEquals(expected.keySet(), SandboxHosts.BASE_PATHS.keySet());
      expected.forEach(
          (api, url) ->
              assertEquals(
                  url,
                  ApiTarget.of(client, api, "https://api.bisnode.com/unused", "bci").baseUrl()));
    }
  }
}
