package com.example.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.PersonSearchApi;
import io.github.bisnodeclient.runtime.BisnodeAuthException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import io.github.bisnodeclient.sandbox.BisnodeSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// bisnode-sandbox/README.md, "To configure in code"
class ConfiguredTest {
  @RegisterExtension
  static BisnodeSandboxExtension sandbox =
      BisnodeSandboxExtension.configured(b -> b.client("bci-only", "secret", "bci"));

  @Test
  void aClientAddedInCodeGetsItsScopeOnly(BisnodeSandbox sandbox) {
    try (BisnodeClient bciOnly = sandbox.clientBuilder().credentials("bci-only", "secret").build()) {
      bciOnly.create(PersonSearchApi.class).search("Sven", "Svensson", "SE");
      assertThrows(
          BisnodeAuthException.class,
          () -> bciOnly.tokenCache("credit_data_companies").token());
    }
    assertEquals(1, sandbox.apiRequestCount());
  }
}
