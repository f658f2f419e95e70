package io.github.bisnodeclient.benchmarks;

import io.github.bisnodeclient.runtime.BisnodeClient;

/** (a) Our generated client: the token comes from its own {@code TokenCache}. */
final class BisnodeSession implements Session {
  private final BisnodeClient client;
  private final BenchPersonApi api;

  private BisnodeSession(BisnodeClient client) {
    this.client = client;
    this.api = client.create(BenchPersonApi.class);
  }

  static BisnodeSession open(String baseUrl) {
    return new BisnodeSession(
        BisnodeClient.builder()
            .credentials(Fixtures.CLIENT_ID, Fixtures.CLIENT_SECRET)
            .tokenUrl(baseUrl + "/token")
            .baseUrl(baseUrl)
            .maxConnections(Fixtures.POOL)
            .build());
  }

  BenchPersonApi api() {
    return api;
  }

  @Override
  public PersonSearchResult search() {
    return api.search(Fixtures.FIRST_NAME, Fixtures.FAMILY_NAME, Fixtures.COUNTRY);
  }

  @Override
  public void close() {
    client.close();
  }
}
