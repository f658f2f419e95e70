package io.github.bisnodeclient.benchmarks;

import com.google.gson.Gson;
import feign.Client;
import feign.Feign;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.gson.GsonDecoder;
import feign.hc5.ApacheHttp5Client;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.jspecify.annotations.Nullable;

/**
 * (d) OpenFeign with feign-gson, on its default client (the JDK's {@code HttpURLConnection}, whose
 * keep-alive cache {@code -Dhttp.maxConnections} sizes) or on feign-hc5; a request interceptor adds
 * the bearer token.
 */
final class FeignSession implements Session {

  /** The API as a Feign user declares it. */
  interface PersonApi {
    @RequestLine(
        "GET /person/search?firstName={firstName}&familyName={familyName}"
            + "&sourceCountry={sourceCountry}")
    @Headers("Accept: application/json")
    PersonSearchResult search(
        @Param("firstName") String firstName,
        @Param("familyName") String familyName,
        @Param("sourceCountry") String sourceCountry);

    @RequestLine("POST /token")
    @Headers({"Content-Type: application/x-www-form-urlencoded", "Authorization: {authorization}"})
    TokenResponse token(@Param("authorization") String authorization, String form);
  }

  private final @Nullable CloseableHttpClient hc5;
  private final PersonApi api;
  private volatile String bearer = "";

  private FeignSession(String baseUrl, Client client, @Nullable CloseableHttpClient hc5) {
    this.hc5 = hc5;
    this.api =
        Feign.builder()
            .client(client)
            .decoder(new GsonDecoder(new Gson()))
            .requestInterceptor(
                template -> {
                  if (!template.headers().containsKey("Authorization")) {
                    template.header("Authorization", bearer);
                  }
                })
            .target(PersonApi.class, baseUrl);
    this.bearer =
        "Bearer " + api.token(Fixtures.BASIC_AUTHORIZATION, Fixtures.TOKEN_FORM).accessToken();
  }

  static FeignSession openDefault(String baseUrl) {
    return new FeignSession(baseUrl, new Client.Default(null, null), null);
  }

  static FeignSession openHc5(String baseUrl) {
    CloseableHttpClient http =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(Fixtures.POOL)
                    .setMaxConnPerRoute(Fixtures.POOL)
                    .build())
            .build();
    return new FeignSession(baseUrl, new ApacheHttp5Client(http), http);
  }

  @Override
  public PersonSearchResult search() {
    return api.search(Fixtures.FIRST_NAME, Fixtures.FAMILY_NAME, Fixtures.COUNTRY);
  }

  @Override
  public void close() {
    if (hc5 != null) {
      hc5.close(CloseMode.GRACEFUL);
    }
  }
}
