package io.github.bisnodeclient.benchmarks;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;

/**
 * (b) The floor for our stack: what a careful developer writes by hand with Apache HttpClient 5 and
 * Gson. The token is fetched once, up front; the body is decoded straight from the stream.
 */
final class ApacheSession implements Session {
  private final CloseableHttpClient http;
  private final Gson gson = new Gson();
  private final String baseUrl;
  private final String bearer;

  private ApacheSession(CloseableHttpClient http, String baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.bearer = "Bearer " + fetchToken();
  }

  static ApacheSession open(String baseUrl) {
    return new ApacheSession(
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(Fixtures.POOL)
                    .setMaxConnPerRoute(Fixtures.POOL)
                    .build())
            .build(),
        baseUrl);
  }

  private String fetchToken() {
    HttpPost post = new HttpPost(baseUrl + "/token");
    post.setHeader("Authorization", Fixtures.BASIC_AUTHORIZATION);
    post.setEntity(new StringEntity(Fixtures.TOKEN_FORM, ContentType.APPLICATION_FORM_URLENCODED));
    return decode(post, TokenResponse.class).accessToken();
  }

  @Override
  public PersonSearchResult search() {
    HttpGet get =
        new HttpGet(
            baseUrl
                + "/person/search?firstName="
                + URLEncoder.encode(Fixtures.FIRST_NAME, StandardCharsets.UTF_8)
                + "&familyName="
                + URLEncoder.encode(Fixtures.FAMILY_NAME, StandardCharsets.UTF_8)
                + "&sourceCountry="
                + URLEncoder.encode(Fixtures.COUNTRY, StandardCharsets.UTF_8));
    get.setHeader("Authorization", bearer);
    get.setHeader("Accept", "application/json");
    return decode(get, PersonSearchResult.class);
  }

  private <T> T decode(org.apache.hc.core5.http.ClassicHttpRequest request, Class<T> type) {
    try {
      return http.execute(request, (ClassicHttpResponse response) -> read(response, type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(ClassicHttpResponse response, Class<T> type) throws IOException {
    HttpEntity entity = response.getEntity();
    if (response.getCode() != 200 || entity == null) {
      throw new IOException("HTTP " + response.getCode());
    }
    try (Reader reader = new InputStreamReader(entity.getContent(), StandardCharsets.UTF_8)) {
      return gson.fromJson(reader, type);
    }
  }

  @Override
  public void close() {
    http.close(CloseMode.GRACEFUL);
  }
}
