package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.runtime.LocalServer.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BisnodeClientTest {
  interface NotGenerated {}

  @BisnodeApi(baseUrl = "https://api.bisnode.com/credit-data-compnaies/v9", scope = "bci")
  interface VersionedApi {
    @Get("/ping")
    String ping();
  }

  @BisnodeApi(baseUrl = "https://api.bisnode.com", scope = "bci")
  interface RootApi {
    @Get("/ping")
    String ping();
  }

  static class Outer {
    @BisnodeApi(baseUrl = "https://api.bisnode.com/v2", scope = "bci")
    interface Inner {
      @Get("/ping")
      String ping();
    }
  }

  @Test
  void namesTheGeneratedClassAfterTheInterface() {
    try (BisnodeClient client = BisnodeClient.builder().credentials("id", "secret").build()) {
      assertEquals(
          "io.github.bisnodeclient.runtime.BisnodeBisnodeClientTest_RootApi",
          client.create(RootApi.class).getClass().getName());
      assertEquals(
          "io.github.bisnodeclient.runtime.BisnodeBisnodeClientTest_Outer_Inner",
          client.create(Outer.Inner.class).getClass().getName());
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> client.create(NotGenerated.class));
      assertTrue(
          e.getMessage()
              .contains("io.github.bisnodeclient.runtime.BisnodeBisnodeClientTest_NotGenerated"),
          e.getMessage());
    }
  }

  @Test
  void explainsAMissingGeneratedClass() {
    try (BisnodeClient client = BisnodeClient.builder().credentials("id", "secret").build()) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> client.create(NotGenerated.class));
      assertTrue(e.getMessage().contains("@BisnodeApi"), e.getMessage());
      assertTrue(e.getMessage().contains("bisnode-processor"), e.getMessage());
      assertTrue(e.getMessage().contains("annotationProcessorPaths"), e.getMessage());
      assertTrue(e.getMessage().contains("JDK 23"), e.getMessage());
      assertTrue(e.getMessage().contains("-proc:full"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> client.create(String.class));
    }
  }

  @Test
  void refusesPlainHttpExceptOnLoopback() {
    BisnodeClient.Builder builder = BisnodeClient.builder().credentials("id", "secret");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> builder.tokenUrl("http://login.bisnode.com/t"));
    assertTrue(e.getMessage().contains("https"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.baseUrl("http://10.0.0.1/api"));
    assertThrows(IllegalArgumentException.class, () -> builder.baseUrl("ftp://x/api"));
    assertThrows(IllegalArgumentException.class, () -> builder.baseUrl("https://x/api?q=1"));
    assertThrows(IllegalArgumentException.class, () -> builder.baseUrl("/relative"));
    builder.tokenUrl("http://127.0.0.1:8080/token").baseUrl("http://localhost:1/api");
    builder.baseUrl("https://sandbox-api.bisnode.com/x");
  }

  @Test
  void apiHostKeepsEachInterfacesOwnPath() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.on("/credit-data-compnaies/v9/ping", r -> Reply.json(200, "v9"));
      server.on("/ping", r -> Reply.json(200, "root"));
      server.on("/elsewhere/ping", r -> Reply.json(200, "elsewhere"));
      server.on("/all/ping", r -> Reply.json(200, "all"));
      try (BisnodeClient client =
          BisnodeClient.builder()
              .credentials("id", "secret")
              .tokenUrl(server.url("/token"))
              .apiHost(server.url("/"))
              .baseUrl(Outer.Inner.class, server.url("/elsewhere"))
              .build()) {
        assertEquals("v9", client.create(VersionedApi.class).ping());
        assertEquals(
            "/credit-data-compnaies/v9/ping",
            server.last("/credit-data-compnaies/v9/ping").rawUri());
        assertEquals("root", client.create(RootApi.class).ping());
        assertEquals("/ping", server.last("/ping").rawUri());
        assertEquals("elsewhere", client.create(Outer.Inner.class).ping());
        assertEquals(List.of(), server.received("/v2/ping"));
      }
      try (BisnodeClient everyApi =
          BisnodeClient.builder()
              .credentials("id", "secret")
              .tokenUrl(server.url("/token"))
              .apiHost(server.url(""))
              .baseUrl(server.url("/all"))
              .build()) {
        assertEquals("all", everyApi.create(Outer.Inner.class).ping());
        assertEquals(List.of(), server.received("/v2/ping"));
      }
    }
  }

  @Test
  void apiHostIsSchemeHostAndPortOnly() {
    BisnodeClient.Builder builder = BisnodeClient.builder().credentials("id", "secret");
    IllegalArgumentException path =
        assertThrows(
            IllegalArgumentException.class, () -> builder.apiHost("http://127.0.0.1:1/v2"));
    assertTrue(path.getMessage().contains("without a path"), path.getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.apiHost("http://10.0.0.1"));
    assertThrows(IllegalArgumentException.class, () -> builder.apiHost("https://x?q=1"));
    builder.apiHost("https://sandbox-api.bisnode.com");
  }

  @Test
  void sendsEveryRequestThroughTheConfiguredProxy() throws Exception {
    // A plain-HTTP proxy receives absolute-form request lines; LocalServer answers them as the
    // origin would, which is all this test needs to see that traffic went through the proxy.
    try (LocalServer proxy = new LocalServer()) {
      try (BisnodeClient client =
          BisnodeClient.builder()
              .credentials("id", "secret")
              .tokenUrl("http://127.0.0.1:9/token")
              .proxy(proxy.url(""))
              .build()) {
        client.tokenCache("bci").token();
      }
      assertEquals(1, proxy.tokenRequests());
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> BisnodeClient.builder().proxy("http://user:pw@proxy:3128"));
    assertThrows(IllegalArgumentException.class, () -> BisnodeClient.builder().proxy("proxy"));
  }

  @Test
  void listsOneTokenCachePerScopeInUse() {
    try (BisnodeClient client =
        BisnodeClient.builder()
            .credentials("id", "secret")
            .tokenUrl("http://127.0.0.1:9/token")
            .build()) {
      assertEquals(List.of(), client.tokenCaches());
      TokenCache bci = client.tokenCache("bci");
      TokenCache both = client.tokenCache("b a");
      client.tokenCache("a b");
      List<TokenCache> caches = client.tokenCaches();
      assertEquals(2, caches.size());
      assertTrue(caches.contains(bci) && caches.contains(both));
      assertThrows(UnsupportedOperationException.class, () -> caches.remove(0));
    }
  }

  @Test
  void refusesNonsenseSettings() {
    BisnodeClient.Builder builder = BisnodeClient.builder();
    assertThrows(
        IllegalArgumentException.class, () -> builder.refreshMargin(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> builder.connectTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> builder.maxConnections(0));
    try (BisnodeClient client = BisnodeClient.builder().credentials("id", "secret").build()) {
      assertThrows(IllegalArgumentException.class, () -> client.tokenCache("  "));
    }
  }

  @Test
  void requiresCredentials() {
    // The environment of the test run may hold credentials; explicit empty ones never pass.
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> BisnodeClient.builder().credentials("", "secret").build());
    assertTrue(e.getMessage().contains("BISNODE_CLIENT_ID"), e.getMessage());
  }
}
