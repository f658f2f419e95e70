package io.github.bisnodeclient.examples.readme;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.annotations.Query;
import io.github.bisnodeclient.examples.company.CreditReportRequest;
import io.github.bisnodeclient.examples.person.Country;
import io.github.bisnodeclient.examples.person.Person;
import io.github.bisnodeclient.examples.person.PersonCriteria;
import io.github.bisnodeclient.examples.person.PersonFindApi;
import io.github.bisnodeclient.examples.person.PersonSearchResult;
import io.github.bisnodeclient.runtime.BisnodeError;
import io.github.bisnodeclient.runtime.BisnodeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The README's "What a method can return" lines, compiled by this build. */
final class ReturnTypes {
  private ReturnTypes() {}

  @BisnodeApi(baseUrl = "https://api.bisnode.com/consumer-intelligence/v3", scope = "bci")
  interface PersonResponses {
    @Post("/markets/se/persons/_find")
    BisnodeResponse<Person> findResponse(@Body PersonCriteria query);
  }

  @BisnodeApi(baseUrl = "https://api.bisnode.com/consumerintelligence/person/v2", scope = "bci")
  interface AsyncPersonSearch {
    @Get("/person/search")
    CompletableFuture<PersonSearchResult> search(
        @Query("firstName") String firstName,
        @Query("familyName") String familyName,
        @Query("sourceCountry") String sourceCountry);
  }

  @SuppressWarnings("unused") // the README shows the variables, not what is done with them
  static void readme(
      PersonFindApi v3,
      PersonResponses api,
      PersonCriteria query,
      CreditApi credit,
      CreditReportRequest request,
      String requestId,
      AsyncPersonSearch async)
      throws IOException {
    Optional<Person> nobody =
        v3.find(Country.SE, PersonCriteria.byLegalId("191212121212")); // 204 → empty
    BisnodeResponse<Person> response = api.findResponse(query); // never throws on status
    if (!response.isSuccessful()) {
      response.error().ifPresent(e -> log(e.message(), e.subErrors()));
    }
    try (InputStream pdf = credit.creditReportPdf("se", request, requestId)) {
      Files.copy(pdf, Path.of("report.pdf"));
    }
    CompletableFuture<PersonSearchResult> later = async.search("Sven", "Svensson", "SE");
  }

  private static void log(String message, List<BisnodeError.SubError> subErrors) {
    System.out.println(message + " " + subErrors);
  }
}
