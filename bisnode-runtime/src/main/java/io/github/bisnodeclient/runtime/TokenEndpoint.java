package io.github.bisnodeclient.runtime;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.jspecify.annotations.Nullable;

/**
 * Bisnode's OAuth2 token endpoint: sends the client-credentials request exactly as Bisnode
 * documents it and reads the token answer.
 */
final class TokenEndpoint {
  private static final System.Logger LOG = System.getLogger(TokenEndpoint.class.getName());
  private static final ContentType FORM = ContentType.create("application/x-www-form-urlencoded");

  private final String url;
  private final URI uri;
  private final String basicAuthorization;
  private final Transport transport;
  private final Ticker ticker;
  private final long defaultLifetimeNanos;
  private final AtomicBoolean saidMissingLifetime = new AtomicBoolean();

  TokenEndpoint(
      String url,
      String clientId,
      String clientSecret,
      Transport transport,
      Ticker ticker,
      Duration defaultLifetime) {
    this.url = url;
    this.uri = URI.create(url);
    // As curl -u and Bisnode's example send it: base64(id:secret), neither part form-encoded.
    this.basicAuthorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    this.transport = transport;
    this.ticker = ticker;
    this.defaultLifetimeNanos = defaultLifetime.toNanos();
  }

  String url() {
    return url;
  }

  AccessToken fetch(String scope) {
    HttpPost post = new HttpPost(uri);
    post.setHeader("Authorization", basicAuthorization);
    post.setHeader("Accept", "application/json");
    post.setEntity(new StringEntity(form(scope), FORM));
    long sentAt = ticker.nanos();
    int status;
    String body;
    try (ClassicHttpResponse response = transport.classic().executeOpen(null, post, null)) {
      status = response.getCode();
      body =
          response.getEntity() == null
              ? ""
              : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
    } catch (IOException | org.apache.hc.core5.http.ParseException e) {
      throw new BisnodeAuthException(url, 0, null, describe(e), e);
    }
    if (status != 200) {
      throw failure(status, body);
    }
    return parse(scope, body, sentAt);
  }

  /** The same request as {@link #fetch}, without blocking the calling thread. */
  CompletableFuture<AccessToken> fetchAsync(String scope) {
    SimpleHttpRequest post = new SimpleHttpRequest("POST", uri);
    post.setHeader("Authorization", basicAuthorization);
    post.setHeader("Accept", "application/json");
    post.setBody(form(scope), FORM);
    CompletableFuture<AccessToken> result = new CompletableFuture<>();
    long sentAt = ticker.nanos();
    // The callback settles `result`; HttpClient's own Future reports the same outcome again.
    var unused =
        transport
            .async()
            .execute(
                post,
                new FutureCallback<>() {
                  @Override
                  public void completed(SimpleHttpResponse response) {
                    try {
                      String body = response.getBodyText() == null ? "" : response.getBodyText();
                      if (response.getCode() != 200) {
                        throw failure(response.getCode(), body);
                      }
                      result.complete(parse(scope, body, sentAt));
                    } catch (RuntimeException e) {
                      result.completeExceptionally(e);
                    }
                  }

                  @Override
                  public void failed(Exception e) {
                    result.completeExceptionally(
                        new BisnodeAuthException(url, 0, null, describe(e), e));
                  }

                  @Override
                  public void cancelled() {
                    result.completeExceptionally(
                        new BisnodeAuthException(
                            url, 0, null, "the token request was cancelled", null));
                  }
                });
    return result;
  }

  private static String form(String scope) {
    return "grant_type=client_credentials&scope=" + UrlEncoding.encode(scope);
  }

  private AccessToken parse(String scope, String body, long sentAt) {
    JsonObject json;
    try {
      JsonElement element = JsonParser.parseString(body);
      if (!element.isJsonObject()) {
        throw new BisnodeAuthException(url, 200, null, "the answer is not a JSON object", null);
      }
      json = element.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new BisnodeAuthException(url, 200, null, "the answer is not valid JSON", e);
    }
    String token = string(json, "access_token");
    if (token == null || token.isEmpty()) {
      throw new BisnodeAuthException(url, 200, null, "the answer has no access_token", null);
    }
    String type = string(json, "token_type");
    if (type != null && !type.toLowerCase(Locale.ROOT).equals("bearer")) {
      throw new BisnodeAuthException(
          url, 200, null, "token_type is \"" + type + "\", not Bearer", null);
    }
    return new AccessToken(token, scope, lifetimeNanos(json), sentAt);
  }

  private long lifetimeNanos(JsonObject json) {
    JsonElement expiresIn = json.get("expires_in");
    if (expiresIn == null || expiresIn.isJsonNull()) {
      if (saidMissingLifetime.compareAndSet(false, true)) {
        LOG.log(
            Level.INFO,
            "Token endpoint {0} sent no expires_in; tokens are taken to live {1}",
            url,
            Duration.ofNanos(defaultLifetimeNanos));
      }
      return defaultLifetimeNanos;
    }
    try {
      // Some servers send the number as a JSON string.
      double seconds = Double.parseDouble(expiresIn.getAsString().trim());
      return (long) (seconds * TimeUnit.SECONDS.toNanos(1));
    } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException e) {
      throw new BisnodeAuthException(url, 200, null, "expires_in is not a number", e);
    }
  }

  private BisnodeAuthException failure(int status, String body) {
    String error = null;
    String description = null;
    try {
      JsonElement element = JsonParser.parseString(body);
      if (element.isJsonObject()) {
        error = string(element.getAsJsonObject(), "error");
        description = string(element.getAsJsonObject(), "error_description");
      }
    } catch (JsonParseException e) {
      // Not OAuth2's error JSON: the status alone says what happened.
    }
    return new BisnodeAuthException(url, status, error, description, null);
  }

  private static @Nullable String string(JsonObject json, String name) {
    JsonElement element = json.get(name);
    if (element instanceof JsonPrimitive primitive) {
      return primitive.getAsString();
    }
    return null;
  }

  static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
