package io.github.bisnodeclient.benchmarks;

import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeListener;

/** (a) Our generated client: the token comes from its own {@code TokenCache}. */
final class BisnodeSession implements Session {
  private final BisnodeClient client;
  private final BenchPersonApi api;

  private BisnodeSession(BisnodeClient client) {
    this.client = client;
    this.api = client.create(BenchPersonApi.class);
  }

  static BisnodeSession open(String baseUrl) {
    return new BisnodeSession(builder(baseUrl).build());
  }

  /** With a listener, to measure what it costs per call (see {@link ObservedSessions}). */
  static BisnodeSession open(String baseUrl, BisnodeListener listener) {
    return new BisnodeSession(builder(baseUrl).listener(listener).build());
  }

  private static BisnodeClient.Builder builder(String baseUrl) {
    return BisnodeClient.builder()
        .credentials(Fixtures.CLIENT_ID, Fixtures.CLIENT_SECRET)
        .tokenUrl(baseUrl + "/token")
        .baseUrl(baseUrl)
        .maxConnections(Fixtures.POOL);
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
