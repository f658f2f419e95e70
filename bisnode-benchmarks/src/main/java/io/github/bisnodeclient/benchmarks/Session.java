package io.github.bisnodeclient.benchmarks;

import java.util.List;

/**
 * One contender, set up against the loopback server: a bearer token in hand (or, for ours, the
 * credentials to get one), a pool of {@link Fixtures#POOL} connections and the person search.
 */
interface Session extends AutoCloseable {
  /** The names {@link #open} accepts, ours first and the floor (hand-written HttpClient) second. */
  List<String> NAMES = List.of("bisnode", "apache", "retrofit", "feign", "feign-hc5");

  /**
   * Our client with a listener, beside {@code bisnode} without one; not in the default runs (pass
   * {@code -p contender=bisnode,bisnode-metrics,bisnode-noop-observations} to JMH).
   */
  List<String> OBSERVED = List.of("bisnode-metrics", "bisnode-noop-observations");

  /** Sends {@code GET /person/search?firstName=Sven&familyName=Svensson&sourceCountry=SE}. */
  PersonSearchResult search();

  @Override
  void close();

  /**
   * Sets up one contender. Each lives in a class of its own, so that a start-up probe loads only
   * the library it measures.
   *
   * @param name one of {@link #NAMES}
   * @param baseUrl {@code http://127.0.0.1:PORT}
   */
  static Session open(String name, String baseUrl) {
    switch (name) {
      case "bisnode":
        return BisnodeSession.open(baseUrl);
      case "bisnode-metrics":
        return ObservedSessions.withMetrics(baseUrl);
      case "bisnode-noop-observations":
        return ObservedSessions.withNoopObservations(baseUrl);
      case "apache":
        return ApacheSession.open(baseUrl);
      case "retrofit":
        return RetrofitSession.open(baseUrl);
      case "feign":
        return FeignSession.openDefault(baseUrl);
      case "feign-hc5":
        return FeignSession.openHc5(baseUrl);
      default:
        throw new IllegalArgumentException("unknown contender " + name);
    }
  }
}
