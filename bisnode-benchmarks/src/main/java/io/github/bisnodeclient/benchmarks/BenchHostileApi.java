package io.github.bisnodeclient.benchmarks;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Path;

/** The hostile-peer load run's API: one resource, answered well or badly as its name says. */
@BisnodeApi(baseUrl = "https://api.bisnode.com/hostile", scope = "bci")
public interface BenchHostileApi {

  /** The answer of a good resource. */
  record Answer(String answer) {}

  /**
   * Fetches a resource.
   *
   * @param kind {@code good}, {@code drip}, {@code bomb}, {@code reset} or {@code garbage}
   * @return the answer
   */
  @Get("/{kind}")
  Answer fetch(@Path("kind") String kind);
}
