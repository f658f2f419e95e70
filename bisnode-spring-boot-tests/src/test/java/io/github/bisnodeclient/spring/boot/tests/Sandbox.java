package io.github.bisnodeclient.spring.boot.tests;

import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One embedded sandbox for every context of the test run, and what the tests send to the app. */
final class Sandbox {
  static final BisnodeSandbox SANDBOX = BisnodeSandbox.start();

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Sandbox() {}

  /** The application's bisnode.* properties for the sandbox, with its demo credentials. */
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("bisnode.client-id", SANDBOX::clientId);
    registry.add("bisnode.client-secret", SANDBOX::clientSecret);
    registry.add("bisnode.token-url", SANDBOX::tokenUrl);
    registry.add("bisnode.api-host", SANDBOX::hostUrl);
  }

  /** GET on the application's port on 127.0.0.1. */
  static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
