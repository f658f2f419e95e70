package io.github.bisnodeclient.benchmarks;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Query;
import java.util.concurrent.CompletableFuture;

/**
 * The benchmark's API, compiled by bisnode-processor in this module: Consumer Intelligence v2's
 * person search, blocking and asynchronous. The base URL is overridden with the loopback server's
 * (or the sandbox's).
 */
@BisnodeApi(baseUrl = "https://api.bisnode.com/consumerintelligence/person/v2", scope = "bci")
public interface BenchPersonApi {

  /**
   * Searches persons by name.
   *
   * @param firstName first name
   * @param familyName family name
   * @param sourceCountry {@code SE}, {@code NO}, {@code DK} or {@code FI}
   * @return the hits
   */
  @Get("/person/search")
  PersonSearchResult search(
      @Query("firstName") String firstName,
      @Query("familyName") String familyName,
      @Query("sourceCountry") String sourceCountry);

  /**
   * The same search on the loopback server's path that holds every answer for {@link
   * LoopbackServer#HOLD_MILLIS} ms.
   *
   * @param firstName first name
   * @param familyName family name
   * @param sourceCountry the country
   * @return a future of the hits
   */
  @Get("/slow/person/search")
  CompletableFuture<PersonSearchResult> searchSlowly(
      @Query("firstName") String firstName,
      @Query("familyName") String familyName,
      @Query("sourceCountry") String sourceCountry);
}
