package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.nimbusds.jwt.SignedJWT;
import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.runtime.LocalServer.Reply;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gets and uses tokens from a real OAuth2 server that nobody on this project wrote: NAV's
 * mock-oauth2-server, in process on loopback.
 */
class MockOAuth2ServerInteropTest {
  @BisnodeApi(baseUrl = "https://x.invalid/api", scope = "bci")
  interface HelloApi {
    @Get("/hello")
    Hello hello();
  }

  record Hello(String hello) {}

  private final MockOAuth2Server oauth = new MockOAuth2Server();
  private LocalServer api;

  @BeforeEach
  void start() throws Exception {
    oauth.start(InetAddress.getLoopbackAddress(), 0);
    api = new LocalServer();
  }

  @AfterEach
  void stop() {
    api.close();
    oauth.shutdown();
  }

  private BisnodeClient.Builder client(ClientAuthentication authentication) {
    return BisnodeClient.builder()
        .credentials("interop-client", "interop-secret")
        .clientAuthentication(authentication)
        .tokenUrl(oauth.tokenEndpointUrl("bisnode").toString())
        .baseUrl(api.url("/api"));
  }

  @Test
  void getsAJwtFromAThirdPartyServerAndSendsItAsBearer() throws Exception {
    api.on("/api/hello", r -> Reply.json(200, "{\"hello\":\"interop\"}"));
    try (BisnodeClient client = client(ClientAuthentication.BASIC).build()) {
      HelloApi hello = client.create(HelloApi.class);
      assertEquals(new Hello("interop"), hello.hello());
      assertEquals(new Hello("interop"), hello.hello());

      AccessToken token = client.tokenCache("bci").token();
      SignedJWT jwt = SignedJWT.parse(token.value());
      assertEquals("interop-client", jwt.getJWTClaimsSet().getSubject());
      assertTrue(jwt.getJWTClaimsSet().getIssuer().endsWith("/bisnode"));
      assertTrue(token.lifetime().compareTo(Duration.ZERO) > 0);
      assertEquals("Bearer " + token.value(), api.last("/api/hello").header("Authorization"));
      assertEquals(2, api.received("/api/hello").size());
      assertSame(token, client.tokenCache("bci").token());

      RecordedRequest request = oauth.takeRequest();
      assertEquals("POST", request.getMethod());
      String body = request.getBody().readUtf8();
      assertTrue(body.contains("grant_type=client_credentials"), body);
      assertTrue(body.contains("scope=bci"), body);
      assertEquals(
          "Basic "
              + Base64.getEncoder()
                  .encodeToString("interop-client:interop-secret".getBytes(StandardCharsets.UTF_8)),
          request.getHeader("Authorization"));
    }
  }

  @Test
  void worksWithClientSecretPostAndAsyncCallers() throws Exception {
    try (BisnodeClient client = client(ClientAuthentication.CLIENT_SECRET_POST).build()) {
      AccessToken token =
          client
              .tokenCache("credit_data_companies")
              .tokenAsync()
              .get(10, java.util.concurrent.TimeUnit.SECONDS);
      JsonObject claims =
          JsonParser.parseString(
                  new String(
                      Base64.getUrlDecoder().decode(token.value().split("\\.", -1)[1]),
                      StandardCharsets.UTF_8))
              .getAsJsonObject();
      assertEquals("interop-client", claims.get("sub").getAsString());
      assertNotEquals(token, client.tokenCache("bci").token());
    }
  }
}
