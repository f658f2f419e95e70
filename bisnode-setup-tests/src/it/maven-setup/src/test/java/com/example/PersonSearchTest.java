package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BisnodeSandboxExtension.class)
class PersonSearchTest {
  @Test
  void findsBothSvenSvenssons(BisnodeClient bisnode, BisnodeSandbox sandbox) {
    PersonSearchApi persons = bisnode.create(PersonSearchApi.class);

    PersonSearchResult result = persons.search("Sven", "Svensson", "SE");

    assertEquals(
        List.of("Sven Henning Svensson", "Sven Olof Svensson"),
        result.persons().stream().map(hit -> hit.person().fullName()).toList());
    assertEquals(1, sandbox.tokenRequestCount());
  }
}
