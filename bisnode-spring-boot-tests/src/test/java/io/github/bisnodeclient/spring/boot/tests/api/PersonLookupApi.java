package io.github.bisnodeclient.spring.boot.tests.api;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Query;

/** Consumer Intelligence v2's person search, as Bisnode's JSON: a second API, another scope. */
@BisnodeApi(baseUrl = "https://api.bisnode.com/consumerintelligence/person/v2", scope = "bci")
public interface PersonLookupApi {
  @Get("/person/search")
  String search(
      @Query("firstName") String firstName,
      @Query("familyName") String familyName,
      @Query("sourceCountry") String sourceCountry);
}
