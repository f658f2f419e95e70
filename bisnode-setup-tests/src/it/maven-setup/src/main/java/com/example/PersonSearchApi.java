package com.example;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Path;
import io.github.bisnodeclient.annotations.Query;
import java.util.Optional;

@BisnodeApi(baseUrl = "https://api.bisnode.com/consumerintelligence/person/v2", scope = "bci")
public interface PersonSearchApi {
  @Get("/person/search")
  PersonSearchResult search(@Query("firstName") String firstName,
                            @Query("familyName") String familyName,
                            @Query("sourceCountry") String sourceCountry);

  @Get("/persons/{gedi}")
  Optional<Person> byGedi(@Path("gedi") String gedi);
}
