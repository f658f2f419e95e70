package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.runtime.LocalServer.Reply;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {
  private LocalServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void sendsExactlyTheTokenRequestBisnodeDocuments() {
    try (BisnodeClient client = server.client().build()) {
      client.tokenCache("bci").token();
    }
    LocalServer.Received request = server.last("/token");
    assertEquals("POST", request.method());
    assertEquals("/token", request.rawUri());
    assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
    assertEquals("grant_type=client_credentials&scope=bci", request.body());
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("client-id:client-secret".getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, request.header("Authorization"));
    assertEquals(1, request.headers().get("Authorization").size());
  }

  @Test
  void requestsSeveralScopesSpaceSeparated() {
    try (BisnodeClient client = server.client().build()) {
      client.tokenCache("credit_data_companies bci").token();
    }
    assertEquals(
        "grant_type=client_credentials&scope=bci%20credit_data_companies",
        server.last("/token").body());
  }

  @Test
  void readsLowerCaseTokenTypeAndIgnoresUnknownFields() {
    server.on(
        "/token",
        r ->
            Reply.json(
                200,
                "{\"access_token\":\"abc\",\"token_type\":\"bearer\",\"expires_in\":7199,"
                    + "\"scope\":\"bci\",\"extra\":{\"x\":1}}"));
    try (BisnodeClient client = server.client().build()) {
      AccessToken token = client.tokenCache("bci").token();
      assertEquals("abc", token.value());
      assertEquals(Duration.ofSeconds(7199), token.lifetime());
    }
  }

  @Test
  void acceptsExpiresInSentAsAString() {
    server.on(
        "/token",
        r ->
            Reply.json(
                200,
                "{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"expires_in\":\"120\"}"));
    try (BisnodeClient client = server.client().build()) {
      assertEquals(Duration.ofSeconds(120), client.tokenCache("bci").token().lifetime());
    }
  }

  @Test
  void takesTheConfiguredDefaultLifetimeWhenExpiresInIsMissing() {
    server.on(
        "/token", r -> Reply.json(200, "{\"access_token\":\"abc\",\"token_type\":\"Bearer\"}"));
    try (BisnodeClient client =
        server.client().defaultTokenLifetime(Duration.ofMinutes(7)).build()) {
      assertEquals(Duration.ofMinutes(7), client.tokenCache("bci").token().lifetime());
    }
  }

  @Test
  void refusedCredentialsBecomeAnAuthExceptionWithTheOAuthError() {
    server.on(
        "/token",
        r ->
            Reply.json(
                401,
                "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication"
                    + " failed\"}"));
    try (BisnodeClient client = server.client().build()) {
      BisnodeAuthException e =
          assertThrows(BisnodeAuthException.class, () -> client.tokenCache("bci").token());
      assertEquals(401, e.status());
      assertEquals("invalid_client", e.error().orElseThrow());
      assertEquals("Client authentication failed", e.errorDescription().orElseThrow());
      assertEquals(server.url("/token"), e.tokenUrl());
      assertTrue(e.getMessage().contains(server.url("/token")), e.getMessage());
      assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
      assertTrue(e.getMessage().contains("invalid_client"), e.getMessage());
      assertFalse(e.getMessage().contains("client-secret"), e.getMessage());
    }
  }

  @Test
  void anErrorPageWithoutOAuthJsonStillNamesTheStatus() {
    server.on(
        "/token",
        r ->
            new Reply(
                503,
                java.util.Map.of("Content-Type", "text/html"),
                "<html>down</html>".getBytes(StandardCharsets.UTF_8)));
    try (BisnodeClient client = server.client().build()) {
      BisnodeAuthException e =
          assertThrows(BisnodeAuthException.class, () -> client.tokenCache("bci").token());
      assertEquals(503, e.status());
      assertTrue(e.error().isEmpty());
    }
  }

  @Test
  void aGarbageAnswerIsAnAuthException() {
    server.on("/token", r -> Reply.json(200, "{\"access_token\": "));
    try (BisnodeClient client = server.client().build()) {
      BisnodeAuthException e =
          assertThrows(BisnodeAuthException.class, () -> client.tokenCache("bci").token());
      assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }
  }

  @Test
  void anAnswerWithoutAccessTokenIsAnAuthException() {
    server.on("/token", r -> Reply.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":60}"));
    try (BisnodeClient client = server.client().build()) {
      BisnodeAuthException e =
          assertThrows(BisnodeAuthException.class, () -> client.tokenCache("bci").token());
      assertTrue(e.getMessage().contains("no access_token"), e.getMessage());
    }
  }

  @Test
  void anUnreachableEndpointIsAnAuthExceptionWithoutStatus() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (BisnodeClient client =
        BisnodeClient.builder()
            .credentials("client-id", "client-secret")
            .tokenUrl("http://127.0.0.1:" + closedPort + "/token")
            .build()) {
      BisnodeAuthException e =
          assertThrows(BisnodeAuthException.class, () -> client.tokenCache("bci").token());
      assertEquals(0, e.status());
      assertTrue(e.getMessage().contains("no response"), e.getMessage());
    }
  }

  @Test
  void tokenValuesAndTheSecretAppearInNoToString() {
    try (BisnodeClient client = server.client().build()) {
      AccessToken token = client.tokenCache("bci").token();
      assertFalse(token.toString().contains(token.value()));
      assertFalse(client.toString().contains("client-secret"));
      assertNotEquals("", client.toString());
    }
  }
}
