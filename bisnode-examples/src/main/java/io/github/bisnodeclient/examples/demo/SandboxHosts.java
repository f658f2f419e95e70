package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.examples.company.CreditDataCompaniesApi;
import io.github.bisnodeclient.examples.person.PersonFindApi;
import io.github.bisnodeclient.examples.person.PersonSearchApi;
import io.github.bisnodeclient.runtime.BisnodeClient;
import java.util.Map;

/**
 * Points each declared API at another host, keeping its base path: Bisnode's own sandbox serves
 * every API at {@code https://sandbox-api.bisnode.com} plus the same path as production.
 */
final class SandboxHosts {
  /** Each API's base path, as in its {@code @BisnodeApi(baseUrl)}. */
  static final Map<Class<?>, String> BASE_PATHS =
      Map.of(
          PersonSearchApi.class, "/consumerintelligence/person/v2",
          PersonFindApi.class, "/consumer-intelligence/v3",
          CreditDataCompaniesApi.class, "/credit-data-companies/v2");

  private SandboxHosts() {}

  /**
   * Sends every declared API's calls to {@code host} plus its base path.
   *
   * @param host scheme, host and port, without a trailing slash
   */
  static void apply(BisnodeClient.Builder builder, String host) {
    BASE_PATHS.forEach((api, path) -> builder.baseUrl(api, host + path));
  }
}
