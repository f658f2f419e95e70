package io.github.bisnodeclient.sandbox;

import static io.github.bisnodeclient.sandbox.SandboxHttp.basic;
import static io.github.bisnodeclient.sandbox.SandboxHttp.form;
import static io.github.bisnodeclient.sandbox.SandboxHttp.json;
import static io.github.bisnodeclient.sandbox.SandboxHttp.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {
  /** A secret whose Basic form differs when form-encoded first (RFC 6749 §2.3.1). */
  private static final String ODD_SECRET = "p+s/w:rd%20ä";

  private static BisnodeSandbox sandbox;
  private static SandboxHttp http;

  @BeforeAll
  static void start() {
    sandbox =
        BisnodeSandbox.builder()
            .tokenLifetime(Duration.ofSeconds(1800))
            .client("bci-only", "bci-secret", "bci")
            .client("odd-client", ODD_SECRET, "bci")
            .clientWithoutClientCredentialsGrant("no-grant", "no-grant-secret")
            .start();
    http = new SandboxHttp(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static HttpResponse<String> post(String url, String authorization, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build());
  }

  private static void assertOAuthError(HttpResponse<String> response, int status, String error) {
    assertEquals(status, response.statusCode(), response.body());
    JsonObject body = json(response);
    assertEquals(error, body.get("error").getAsString());
    assertFalse(body.get("error_description").getAsString().isBlank());
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    if (status == 401) {
      assertEquals(
          "Basic realm=\"bisnode\"", response.headers().firstValue("WWW-Authenticate").orElse(""));
    }
  }

  @Test
  void issuesABearerTokenForBasicCredentialsAsCurlSendsThem() {
    HttpResponse<String> response =
        http.tokenRequest(
            "sandbox-client", "sandbox-secret", "grant_type=client_credentials&scope=bci");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    JsonObject body = json(response);
    assertTrue(body.get("access_token").getAsString().length() >= 40);
    assertEquals("Bearer", body.get("token_type").getAsString());
    assertTrue(body.get("expires_in").getAsJsonPrimitive().isNumber());
    assertEquals(1800, body.get("expires_in").getAsInt());
    assertEquals("bci", body.get("scope").getAsString());
  }

  @Test
  void everyTokenIsNew() {
    assertNotEquals(http.token("bci"), http.token("bci"));
  }

  @Test
  void grantsSeveralSpaceSeparatedScopes() {
    HttpResponse<String> response =
        http.tokenRequest(
            "sandbox-client",
            "sandbox-secret",
            form(
                params("grant_type", "client_credentials", "scope", "credit_data_companies  bci")));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("bci credit_data_companies", json(response).get("scope").getAsString());
  }

  @Test
  void acceptsBasicCredentialsThatWereFormEncodedFirst() {
    String encodedSecret = URLEncoder.encode(ODD_SECRET, StandardCharsets.UTF_8);
    HttpResponse<String> encoded =
        post(
            sandbox.tokenUrl(),
            basic("odd-client", encodedSecret),
            "grant_type=client_credentials&scope=bci");
    HttpResponse<String> raw =
        post(
            sandbox.tokenUrl(),
            basic("odd-client", ODD_SECRET),
            "grant_type=client_credentials&scope=bci");

    assertEquals(200, encoded.statusCode(), encoded.body());
    assertEquals(200, raw.statusCode(), raw.body());
  }

  @Test
  void acceptsClientCredentialsInTheBody() {
    HttpResponse<String> response =
        post(
            sandbox.tokenUrl(),
            null,
            form(
                params(
                    "grant_type", "client_credentials",
                    "scope", "bci",
                    "client_id", "odd-client",
                    "client_secret", ODD_SECRET)));

    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void answersOnBisnodesSandboxPathToo() {
    HttpResponse<String> response =
        post(
            sandbox.hostUrl() + "/sandbox/v1/token.oauth2",
            basic("sandbox-client", "sandbox-secret"),
            "grant_type=client_credentials&scope=bci");

    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void aBlankScopeGetsATokenWithoutScope() {
    HttpResponse<String> response =
        http.tokenRequest("sandbox-client", "sandbox-secret", "grant_type=client_credentials");

    assertEquals(200, response.statusCode(), response.body());
    assertFalse(json(response).has("scope"));
  }

  @Test
  void refusesAWrongSecretAsInvalidClient() {
    assertOAuthError(
        http.tokenRequest("sandbox-client", "wrong", "grant_type=client_credentials&scope=bci"),
        401,
        "invalid_client");
  }

  @Test
  void refusesAnUnknownClientAsInvalidClient() {
    assertOAuthError(
        http.tokenRequest("nobody", "sandbox-secret", "grant_type=client_credentials&scope=bci"),
        401,
        "invalid_client");
  }

  @Test
  void refusesARequestWithoutClientAuthenticationAsInvalidClient() {
    assertOAuthError(
        post(sandbox.tokenUrl(), null, "grant_type=client_credentials&scope=bci"),
        401,
        "invalid_client");
  }

  @Test
  void refusesMalformedBasicCredentialsAsInvalidClient() {
    assertOAuthError(
        post(sandbox.tokenUrl(), "Basic not-base64!", "grant_type=client_credentials"),
        401,
        "invalid_client");
  }

  @Test
  void refusesAScopeTheClientMayNotHaveAsInvalidScope() {
    assertOAuthError(
        http.tokenRequest(
            "bci-only",
            "bci-secret",
            form(params("grant_type", "client_credentials", "scope", "bci credit_data_companies"))),
        400,
        "invalid_scope");
  }

  @Test
  void refusesAnUnknownScopeAsInvalidScope() {
    assertOAuthError(
        http.tokenRequest(
            "sandbox-client", "sandbox-secret", "grant_type=client_credentials&scope=everything"),
        400,
        "invalid_scope");
  }

  @Test
  void refusesOtherGrantsAsUnsupportedGrantType() {
    assertOAuthError(
        http.tokenRequest(
            "sandbox-client", "sandbox-secret", "grant_type=password&username=a&password=b"),
        400,
        "unsupported_grant_type");
  }

  @Test
  void refusesAClientWithoutTheGrantAsUnauthorizedClient() {
    assertOAuthError(
        http.tokenRequest("no-grant", "no-grant-secret", "grant_type=client_credentials"),
        400,
        "unauthorized_client");
  }

  @Test
  void refusesAMissingGrantTypeAsInvalidRequest() {
    assertOAuthError(
        http.tokenRequest("sandbox-client", "sandbox-secret", "scope=bci"), 400, "invalid_request");
  }

  @Test
  void refusesARepeatedParameterAsInvalidRequest() {
    assertOAuthError(
        http.tokenRequest(
            "sandbox-client",
            "sandbox-secret",
            "grant_type=client_credentials&scope=bci&scope=bci"),
        400,
        "invalid_request");
  }

  @Test
  void refusesTwoAuthenticationMethodsAsInvalidRequest() {
    assertOAuthError(
        post(
            sandbox.tokenUrl(),
            basic("sandbox-client", "sandbox-secret"),
            "grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret"),
        400,
        "invalid_request");
  }

  @Test
  void refusesAJsonBodyAsInvalidRequest() {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(sandbox.tokenUrl()))
                .header("Authorization", basic("sandbox-client", "sandbox-secret"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}"))
                .build());

    assertOAuthError(response, 400, "invalid_request");
  }

  @Test
  void answersGetWith405() {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(sandbox.tokenUrl()))
                .header("Authorization", basic("sandbox-client", "sandbox-secret"))
                .GET()
                .build());

    assertOAuthError(response, 405, "invalid_request");
    assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
  }
}
