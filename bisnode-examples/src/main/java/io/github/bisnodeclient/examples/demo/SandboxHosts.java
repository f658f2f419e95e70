package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.examples.person.PersonSearchApi;
import io.github.bisnodeclient.runtime.BisnodeClient;

/** Points each declared API at Bisnode's own sandbox host, keeping its base path. */
final class SandboxHosts {
  private SandboxHosts() {}

  static void apply(BisnodeClient.Builder builder) {
    builder.baseUrl(
        PersonSearchApi.class, Connection.SANDBOX_HOST + "/consumerintelligence/person/v2");
  }
}
