package com.example.sandbox;

import com.example.PersonSearchApi;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import org.junit.jupiter.api.Test;

// bisnode-sandbox/README.md, "In code"; a call that is not answered 2xx throws
class InCodeTest {
  @Test
  void startsTheSandboxAndAClientForIt() {
    try (BisnodeSandbox sandbox = BisnodeSandbox.start();          // 127.0.0.1, a free port
         BisnodeClient bisnode = sandbox.newClient()) {             // token URL, API host, demo credentials
      PersonSearchApi persons = bisnode.create(PersonSearchApi.class);
      persons.search("Sven", "Svensson", "SE");
    }
  }
}
