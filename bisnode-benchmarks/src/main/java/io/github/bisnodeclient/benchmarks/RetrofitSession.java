package io.github.bisnodeclient.benchmarks;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** (c) Retrofit 3 on OkHttp with its Gson converter; an interceptor adds the bearer token. */
final class RetrofitSession implements Session {

  /** The API as a Retrofit user declares it. */
  interface PersonApi {
    @GET("person/search")
    @Headers("Accept: application/json")
    Call<PersonSearchResult> search(
        @Query("firstName") String firstName,
        @Query("familyName") String familyName,
        @Query("sourceCountry") String sourceCountry);

    @FormUrlEncoded
    @POST("token")
    Call<TokenResponse> token(
        @Header("Authorization") String authorization,
        @Field("grant_type") String grantType,
        @Field("scope") String scope);
  }

  private final OkHttpClient okHttp;
  private final PersonApi api;
  private volatile String bearer = "";

  private RetrofitSession(String baseUrl) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(Fixtures.POOL);
    dispatcher.setMaxRequestsPerHost(Fixtures.POOL);
    this.okHttp =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(Fixtures.POOL, 5, TimeUnit.MINUTES))
            .dispatcher(dispatcher)
            .addInterceptor(
                chain -> {
                  Request request = chain.request();
                  return chain.proceed(
                      request.header("Authorization") == null
                          ? request.newBuilder().header("Authorization", bearer).build()
                          : request);
                })
            .build();
    this.api =
        new Retrofit.Builder()
            .baseUrl(baseUrl + "/")
            .client(okHttp)
            .addConverterFactory(GsonConverterFactory.create(new Gson()))
            .build()
            .create(PersonApi.class);
    this.bearer =
        "Bearer "
            + body(api.token(Fixtures.BASIC_AUTHORIZATION, "client_credentials", Fixtures.SCOPE))
                .accessToken();
  }

  static RetrofitSession open(String baseUrl) {
    return new RetrofitSession(baseUrl);
  }

  @Override
  public PersonSearchResult search() {
    return body(api.search(Fixtures.FIRST_NAME, Fixtures.FAMILY_NAME, Fixtures.COUNTRY));
  }

  private static <T> T body(Call<T> call) {
    try {
      Response<T> response = call.execute();
      T body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }
}
