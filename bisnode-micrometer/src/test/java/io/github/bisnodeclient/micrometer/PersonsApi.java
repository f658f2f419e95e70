package io.github.bisnodeclient.micrometer;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Path;
import io.github.bisnodeclient.annotations.Query;
import java.util.concurrent.CompletableFuture;

/** The sandbox's person search, and a path it does not serve, to see what meters record. */
@BisnodeApi(baseUrl = "https://api.bisnode.com/consumerintelligence/person/v2", scope = "bci")
public interface PersonsApi {
  @Get("/person/search")
  String search(@Query("legalId") String legalId, @Query("sourceCountry") String country);

  @Get("/person/search")
  CompletableFuture<String> searchAsync(
      @Query("legalId") String legalId, @Query("sourceCountry") String country);

  @Get("/persons/{legalId}")
  String byLegalId(@Path("legalId") String legalId);
}
