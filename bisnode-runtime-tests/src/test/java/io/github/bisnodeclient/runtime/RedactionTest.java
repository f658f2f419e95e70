package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.annotations.Query;
import io.github.bisnodeclient.runtime.LocalServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs every flow with a real logging backend at TRACE for everything, HttpClient's header and wire
 * loggers included, and scans all output and every message for tokens and the secret.
 */
class RedactionTest {
  private static final String CLIENT_ID = "redaction-client";
  private static final String SECRET = "S3cret-Value-Never-Logged";
  private static final String WIRE_LOG = "org.apache.hc.client5.http.wire";
  private static final String HEADER_LOG = "org.apache.hc.client5.http.headers";

  record Hello(String hello) {}

  @BisnodeApi(baseUrl = "https://x.invalid/api", scope = "bci")
  interface HelloApi {
    @Get("/hello")
    Hello get(@Query("legalId") String legalId);

    @Get("/hello")
    Hello get();

    @Post("/hello")
    Hello post(@Body String body);

    @Get("/hello")
    InputStream stream();

    @Get("/hello")
    CompletableFuture<Hello> getAsync();

    @Get("/fails")
    Hello fails();
  }

  private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
  private final List<String> issued = new ArrayList<>();
  private final List<String> messages = new ArrayList<>();
  private final AtomicInteger counter = new AtomicInteger();
  private OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender;
  private final List<ch.qos.logback.core.Appender<ch.qos.logback.classic.spi.ILoggingEvent>>
      others = new ArrayList<>();
  private Level previous;
  private LocalServer server;

  @BeforeEach
  void logEverything() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%level %logger %msg%n%ex");
    encoder.start();
    appender = new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(logs);
    appender.start();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    previous = root.getLevel();
    root.setLevel(Level.TRACE);
    root.iteratorForAppenders().forEachRemaining(others::add);
    others.forEach(root::detachAppender); // keep the build's console quiet
    root.addAppender(appender);

    server = new LocalServer();
    server.on(
        "/token",
        r -> {
          String token = "tok_" + counter.incrementAndGet() + "_ZXCVBNMASDFGHJKL";
          synchronized (issued) {
            issued.add(token);
          }
          return Reply.json(
              200,
              "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
  }

  @AfterEach
  void restore() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAppender(appender);
    others.forEach(root::addAppender);
    root.setLevel(previous);
    server.close();
  }

  @Test
  void noTokenOrSecretAppearsInAnyLogLineMessageOrToString() throws Exception {
    AtomicInteger helloCalls = new AtomicInteger();
    server.on(
        "/api/hello",
        r ->
            helloCalls.incrementAndGet() == 3
                ? Reply.json(401, "{\"message\":\"revoked\"}")
                : Reply.json(200, "{\"hello\":\"world\"}"));
    server.on("/api/fails", r -> Reply.json(400, "{\"message\":\"bad\",\"subErrors\":[]}"));

    for (ClientAuthentication mode : ClientAuthentication.values()) {
      try (BisnodeClient client =
          server
              .client()
              .credentials(CLIENT_ID, SECRET)
              .clientAuthentication(mode)
              .listener(
                  new BisnodeListener() {
                    @Override
                    public void onCall(CallEvent event) {
                      messages.add(event.toString());
                    }

                    @Override
                    public void onTokenFetch(TokenEvent event) {
                      messages.add(event.toString());
                    }
                  })
              .build()) {
        messages.add(client.toString());
        HelloApi api = client.create(HelloApi.class);
        messages.add(api.toString());
        messages.add(client.tokenCache("bci").toString());
        messages.add(client.tokenCache("bci").token().toString());
        api.get("191212121212");
        api.post("{}");
        api.get(); // the third call is answered 401 and replayed
        try (InputStream in = api.stream()) {
          in.readAllBytes();
        }
        api.getAsync().get(10, TimeUnit.SECONDS);
        BisnodeApiException failed = assertThrows(BisnodeApiException.class, api::fails);
        messages.add(failed.getMessage());
        messages.add(String.valueOf(failed));
        helloCalls.set(0);
      }
    }

    server.on(
        "/token",
        r ->
            Reply.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Bad client\"}"));
    try (BisnodeClient client = server.client().credentials(CLIENT_ID, SECRET).build()) {
      BisnodeAuthException e =
          assertThrows(BisnodeAuthException.class, () -> client.tokenCache("bci").token());
      messages.add(e.getMessage());
      messages.add(String.valueOf(e));
    }

    appender.stop();
    String output = logs.toString(StandardCharsets.UTF_8);
    assertTrue(output.contains("org.apache.hc.client5"), "HttpClient logged nothing at TRACE");
    // HttpClient would have logged every byte on the wire and every header: its loggers were on.
    assertTrue(LoggerFactory.getLogger(WIRE_LOG).isDebugEnabled());
    assertTrue(LoggerFactory.getLogger(HEADER_LOG).isDebugEnabled());
    assertFalse(output.contains(" " + WIRE_LOG + " "), "HttpClient logged bytes on the wire");
    // The async client logs headers, through their toString: the credential shows redacted.
    assertTrue(output.contains(HEADER_LOG + " "), "HttpClient logged no header at all");
    assertTrue(output.contains("Authorization: Bearer <redacted>"), output);
    assertTrue(output.contains("TokenEndpoint") || output.contains("TokenCache"), output);
    // Per authentication mode: the first token, and the one that replaced it after the 401.
    assertEquals(6, issued.size(), "tokens issued: " + issued);

    List<String> forbidden = new ArrayList<>(issued);
    forbidden.add(SECRET);
    forbidden.add(
        Base64.getEncoder()
            .encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
    forbidden.add("S3cret-Value"); // any part of the form-encoded body
    for (String secret : forbidden) {
      assertFalse(output.contains(secret), "log output contains " + secret);
      for (String message : messages) {
        assertFalse(message.contains(secret), message);
      }
    }
    // Query values are personal data: our own lines and messages show paths only. (HttpClient's
    // own DEBUG lines show request lines, query included; see the README.)
    String personal = "191212121212";
    for (String line : output.split("\n")) {
      if (line.contains("io.github.bisnodeclient")) {
        assertFalse(line.contains(personal), line);
      }
    }
    for (String message : messages) {
      assertFalse(message.contains(personal), message);
    }
  }
}
