package com.example.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.PersonSearchApi;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import io.github.bisnodeclient.sandbox.SandboxConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// bisnode-sandbox/README.md, "As a JUnit 5 extension"
@ExtendWith(BisnodeSandboxExtension.class)
@SandboxConfig(tokenLifetimeSeconds = 600)          // optional
class PersonSearchTest {
  @Test
  void findsSven(BisnodeClient bisnode, BisnodeSandbox sandbox) {
    bisnode.create(PersonSearchApi.class).search("Sven", "Svensson", "SE");
    assertEquals(1, sandbox.tokenRequestCount());
  }
}
