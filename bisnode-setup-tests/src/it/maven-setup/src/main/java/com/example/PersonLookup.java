package com.example;

import io.github.bisnodeclient.runtime.BisnodeClient;

/** The README's "use it through a client" lines, compiled (never run: they call Bisnode). */
public final class PersonLookup {
  private PersonLookup() {}

  public static void main(String[] args) {
    try (BisnodeClient bisnode = BisnodeClient.builder()
            .credentials(System.getenv("BISNODE_CLIENT_ID"), System.getenv("BISNODE_CLIENT_SECRET"))
            .build()) {
      PersonSearchApi persons = bisnode.create(PersonSearchApi.class);
      PersonSearchResult hits = persons.search("Sven", "Svensson", "SE");
      System.out.println(hits.persons().size() + " found");
    }
  }
}
