package io.github.bisnodeclient.benchmarks;

import io.github.bisnodeclient.runtime.AccessToken;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.TokenCache;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@link TokenCache#token()} with a valid token in the cache: what every call pays before it sends
 * anything. The token lives an hour, so no refresh starts during the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TokenCacheBenchmark {
  private BisnodeClient client = BisnodeClient.builder().credentials("-", "-").build();
  private TokenCache cache = client.tokenCache(Fixtures.SCOPE);

  /** Fetches the token once from the loopback server. */
  @Setup(Level.Trial)
  public void fill() {
    client.close();
    String baseUrl = ClientBenchmark.baseUrl();
    client =
        BisnodeClient.builder()
            .credentials(Fixtures.CLIENT_ID, Fixtures.CLIENT_SECRET)
            .tokenUrl(baseUrl + "/token")
            .baseUrl(baseUrl)
            .build();
    cache = client.tokenCache(Fixtures.SCOPE);
    if (!Fixtures.TOKEN.equals(cache.token().value())) {
      throw new IllegalStateException("unexpected token");
    }
  }

  /**
   * The hot path.
   *
   * @return the cached token, consumed by JMH
   */
  @Benchmark
  public AccessToken token() {
    return cache.token();
  }

  /** Stops the client. */
  @TearDown(Level.Trial)
  public void close() {
    client.close();
  }
}
