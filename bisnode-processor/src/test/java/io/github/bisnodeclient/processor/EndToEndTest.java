package io.github.bisnodeclient.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.bisnodeclient.processor.Compilations.compile;
import static io.github.bisnodeclient.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.github.bisnodeclient.processor.RecordingServer.Recorded;
import io.github.bisnodeclient.processor.RecordingServer.Reply;
import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeError;
import io.github.bisnodeclient.runtime.BisnodeResponse;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Compiles an API interface in memory, loads the generated client, and calls it through a real
 * {@link BisnodeClient} against a local server, checking the exact request that arrived and the
 * value that came back.
 */
class EndToEndTest {
  private static final JavaFileObject API =
      source(
          "p.E2eApi",
          "package p;",
          "",
          "import io.github.bisnodeclient.annotations.*;",
          "import io.github.bisnodeclient.runtime.BisnodeResponse;",
          "import java.io.InputStream;",
          "import java.time.LocalDate;",
          "import java.util.*;",
          "import java.util.concurrent.CompletableFuture;",
          "",
          "interface Base {",
          "  @Get(\"/base/{id}\") String inherited(@Path(\"id\") String id);",
          "}",
          "",
          "@BisnodeApi(baseUrl = \"https://api.bisnode.com/e2e\", scope = \"bci\")",
          "@Header(\"X-Api: e2e\")",
          "public interface E2eApi extends Base {",
          "  enum Country { SE, NO }",
          "  record Person(String name, int age) {}",
          "  record FindQuery(String legalId) {}",
          "",
          "  @Get(\"/persons/{id}\") Person byId(@Path(\"id\") String id);",
          "  @Get(\"/markets/{market}/years/{year}/{day}\")",
          "  String pathKinds(@Path(\"market\") Country market, @Path(\"year\") int year,",
          "      @Path(\"day\") LocalDate day);",
          "  @Get(\"/search\")",
          "  String search(@Query(\"q\") String q, @Query(\"n\") Integer n,",
          "      @Query(\"tags\") List<String> tags, @Query(\"ids\") int[] ids,",
          "      @Query(\"c\") Country c, @Query(\"d\") LocalDate d,",
          "      @Query(\"opt\") Optional<String> opt, @Query(\"names\") String... names);",
          "  @Get(\"/map\") String map(@QueryMap Map<String, ?> params);",
          "  @Get(\"/headers\") @Header(\"Accept: text/plain\") @Header(\"X-Fixed: yes\")",
          "  String headers(@Header(\"X-Id\") String id, @Header(\"X-Num\") long n);",
          "  @Post(\"/persons\") Person create(@Body Person person);",
          "  @Post(\"/markets/{market}/persons/_find\")",
          "  Optional<Person> find(@Path(\"market\") Country market, @Body FindQuery query);",
          "  @Get(\"/list\") List<Person> list();",
          "  @Get(\"/map-of\") Map<String, Person> mapOf();",
          "  @Get(\"/opt/{id}\") Optional<Person> optional(@Path(\"id\") String id);",
          "  @Get(\"/resp\") BisnodeResponse<Person> response();",
          "  @Post(\"/void\") void doIt(@Body Person person);",
          "  @Get(\"/text\") String text();",
          "  @Get(\"/bytes\") byte[] bytes();",
          "  @Get(\"/stream\") InputStream stream();",
          "  @Get(\"/async/{id}\") CompletableFuture<Person> async(@Path(\"id\") String id);",
          "  @Get(\"/async-resp\") CompletableFuture<BisnodeResponse<Person>> asyncResponse();",
          "  @Get(\"/async-opt\") CompletableFuture<Optional<Person>> asyncOptional();",
          "  @Get(\"/async-void\") CompletableFuture<Void> asyncVoid();",
          "  @Get(\"/count\") int count();",
          "  @Put(\"/portfolio/{id}\") Person watch(@Path(\"id\") String id, @Body Person person);",
          "  @Delete(\"/portfolio\") void unwatch(@Body FindQuery query);",
          "  @Delete(\"/portfolio/{id}\") void remove(@Path(\"id\") String id);",
          "  @Patch(\"/persons/{id}\") Person rename(@Path(\"id\") String id, @Body Person person);",
          "  @Patch(\"/persons/{id}/touch\") @Idempotent void touch(@Path(\"id\") String id);",
          "  @Post(\"/companies/_search\") @Idempotent",
          "  String searchCompanies(@Body FindQuery query);",
          "  @Get(\"/report\") InputStream report(@Header(\"Accept\") String accept);",
          "  @Get(\"/api-header\") @Header(\"x-api: method\") String apiHeader();",
          "  default String greeting() { return \"hi \" + text(); }",
          "}");

  private static final JavaFileObject NESTED =
      source(
          "p.Outer",
          "package p;",
          "import io.github.bisnodeclient.annotations.*;",
          "public class Outer {",
          "  @BisnodeApi(baseUrl = \"https://api.bisnode.com/nested\", scope = \"credit_data_companies\")",
          "  public interface Inner {",
          "    @Get(\"/nested\") String get();",
          "  }",
          "}");

  private static RecordingServer server;
  private static BisnodeClient client;
  private static CompiledClasses classes;
  private static Object api;

  @BeforeAll
  static void compileAndConnect() throws Exception {
    Compilation compilation = compile(API, NESTED);
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
    server = new RecordingServer();
    client =
        BisnodeClient.builder()
            .credentials("id", "secret")
            .tokenUrl(server.url("/token"))
            .baseUrl(server.url("/api"))
            .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
            .build();
    api = client.create(classes.load("p.E2eApi"));
  }

  @AfterAll
  static void disconnect() {
    client.close();
    server.close();
  }

  @BeforeEach
  void forgetEarlierRequests() {
    server.reset();
  }

  // ---- parameters -------------------------------------------------------------------------

  @Test
  void encodesAPathValueAsExactlyOneSegment() throws Exception {
    server.replyJson(200, "{\"name\":\"Sven\",\"age\":3}");
    Object person = call("byId", "a/b?c#d%e f å");
    Recorded request = server.take();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.uri()).isEqualTo("/api/persons/a%2Fb%3Fc%23d%25e%20f%20%C3%A5");
    assertThat(request.body()).isEmpty();
    assertThat(person).isEqualTo(person("Sven", 3));
  }

  @Test
  void writesEnumsNumbersAndDatesIntoThePath() throws Exception {
    call("pathKinds", country("NO"), 2024, LocalDate.of(2024, 2, 29));
    assertThat(server.take().uri()).isEqualTo("/api/markets/NO/years/2024/2024-02-29");
  }

  @Test
  void refusesANullPathValueBeforeSendingAndNamesTheInheritedMethod() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> call("inherited", (Object) null));
    assertThat(e).hasMessageThat().contains("Base.inherited");
    assertThat(e).hasMessageThat().contains("@Path(\"id\")");
  }

  @Test
  void callsAnInheritedMethod() throws Exception {
    server.reply(new Reply(200, "text/plain", "base".getBytes(StandardCharsets.UTF_8)));
    assertThat(call("inherited", "7")).isEqualTo("base");
    assertThat(server.take().uri()).isEqualTo("/api/base/7");
  }

  @Test
  void sendsEveryKindOfQueryValueEncodedAndLeavesNullsOut() throws Exception {
    call(
        "search",
        "Vasagatan 9",
        null,
        List.of("a", "b&c"),
        new int[] {1, 2},
        country("SE"),
        LocalDate.of(2024, 1, 31),
        Optional.empty(),
        new String[] {"å", ""});
    assertThat(server.take().uri())
        .isEqualTo(
            "/api/search?q=Vasagatan%209&tags=a&tags=b%26c&ids=1&ids=2&c=SE&d=2024-01-31"
                + "&names=%C3%A5&names=");
  }

  @Test
  void sendsAnEmptyStringQueryValueAndAPresentOptional() throws Exception {
    call("search", "", 5, List.of(), new int[0], null, null, Optional.of("x y"), new String[0]);
    assertThat(server.take().uri()).isEqualTo("/api/search?q=&n=5&opt=x%20y");
  }

  @Test
  void sendsAQueryMapInItsOrderLeavingNullValuesOut() throws Exception {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("a", "1");
    params.put("gone", null);
    params.put("c", List.of("x", "y"));
    params.put("d d", "é");
    call("map", params);
    assertThat(server.take().uri()).isEqualTo("/api/map?a=1&c=x&c=y&d%20d=%C3%A9");
  }

  @Test
  void sendsFixedHeadersOfInterfaceAndMethodAndHeaderParameters() throws Exception {
    server.reply(new Reply(200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8)));
    assertThat(call("headers", "id-1", 7L)).isEqualTo("ok");
    Recorded request = server.take();
    assertThat(request.header("Authorization")).isEqualTo("Bearer t1");
    assertThat(request.header("X-Api")).isEqualTo("e2e");
    assertThat(request.header("Accept")).isEqualTo("text/plain");
    assertThat(request.header("X-Fixed")).isEqualTo("yes");
    assertThat(request.header("X-Id")).isEqualTo("id-1");
    assertThat(request.header("X-Num")).isEqualTo("7");
  }

  @Test
  void leavesANullHeaderParameterOutAndAsksForJsonByDefault() throws Exception {
    call("headers", null, 1L);
    assertThat(server.take().header("X-Id")).isNull();
    call("byId", "1");
    Recorded plain = server.take();
    assertThat(plain.header("Accept")).isEqualTo("application/json");
    assertThat(plain.header("X-Api")).isEqualTo("e2e");
  }

  @Test
  void sendsABodyAsJsonAndDecodesARecord() throws Exception {
    server.replyJson(201, "{\"name\":\"Sven\",\"age\":4}");
    Object created = call("create", person("Sven", 3));
    Recorded request = server.take();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).isEqualTo("/api/persons");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    assertThat(request.body()).isEqualTo("{\"name\":\"Sven\",\"age\":3}");
    assertThat(created).isEqualTo(person("Sven", 4));
  }

  @Test
  void sendsPathAndBodyTogetherAndReadsNoContentAsEmpty() throws Exception {
    server.reply(new Reply(204, null, new byte[0]));
    Object found = call("find", country("SE"), findQuery("191212121212"));
    Recorded request = server.take();
    assertThat(request.uri()).isEqualTo("/api/markets/SE/persons/_find");
    assertThat(request.body()).isEqualTo("{\"legalId\":\"191212121212\"}");
    assertThat(found).isEqualTo(Optional.empty());
  }

  // ---- verbs and resending ----------------------------------------------------------------

  @Test
  void sendsAPutWithPathAndBody() throws Exception {
    server.replyJson(200, "{\"name\":\"Sven\",\"age\":4}");
    Object watched = call("watch", "5565242848", person("Sven", 3));
    Recorded request = server.take();
    assertThat(request.method()).isEqualTo("PUT");
    assertThat(request.uri()).isEqualTo("/api/portfolio/5565242848");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    assertThat(request.body()).isEqualTo("{\"name\":\"Sven\",\"age\":3}");
    assertThat(watched).isEqualTo(person("Sven", 4));
  }

  @Test
  void sendsADeleteWithABody() throws Exception {
    server.reply(new Reply(204, null, new byte[0]));
    assertThat(call("unwatch", findQuery("5565242848"))).isNull();
    Recorded request = server.take();
    assertThat(request.method()).isEqualTo("DELETE");
    assertThat(request.uri()).isEqualTo("/api/portfolio");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    assertThat(request.body()).isEqualTo("{\"legalId\":\"5565242848\"}");
  }

  @Test
  void sendsADeleteWithoutABody() throws Exception {
    server.reply(new Reply(204, null, new byte[0]));
    call("remove", "a b");
    Recorded request = server.take();
    assertThat(request.method()).isEqualTo("DELETE");
    assertThat(request.uri()).isEqualTo("/api/portfolio/a%20b");
    assertThat(request.body()).isEmpty();
  }

  @Test
  void sendsAPatchWithABody() throws Exception {
    server.replyJson(200, "{\"name\":\"Anna\",\"age\":5}");
    Object renamed = call("rename", "7", person("Anna", 5));
    Recorded request = server.take();
    assertThat(request.method()).isEqualTo("PATCH");
    assertThat(request.uri()).isEqualTo("/api/persons/7");
    assertThat(request.body()).isEqualTo("{\"name\":\"Anna\",\"age\":5}");
    assertThat(renamed).isEqualTo(person("Anna", 5));
  }

  @Test
  void sendsAPutAgainAfterA503() throws Exception {
    server.replyFirst(Reply.json(503, "{\"message\":\"busy\"}"));
    server.replyJson(200, "{\"name\":\"Sven\",\"age\":3}");
    assertThat(call("watch", "1", person("Sven", 3))).isEqualTo(person("Sven", 3));
    Recorded first = server.take();
    Recorded second = server.take();
    assertThat(first.method()).isEqualTo("PUT");
    assertThat(second.method()).isEqualTo("PUT");
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(server.pending()).isEqualTo(0);
  }

  @Test
  void sendsAnIdempotentPostAgainAfterA429() throws Exception {
    server.replyFirst(
        Reply.json(429, "{\"message\":\"slow down\"}").withHeader("Retry-After", "0"));
    server.reply(new Reply(200, "text/plain", "found".getBytes(StandardCharsets.UTF_8)));
    assertThat(call("searchCompanies", findQuery("5565242848"))).isEqualTo("found");
    Recorded first = server.take();
    Recorded second = server.take();
    assertThat(first.method()).isEqualTo("POST");
    assertThat(second.method()).isEqualTo("POST");
    assertThat(second.body()).isEqualTo("{\"legalId\":\"5565242848\"}");
    assertThat(server.pending()).isEqualTo(0);
  }

  @Test
  void sendsAnIdempotentPatchAgainAfterA503() throws Exception {
    server.replyFirst(Reply.json(503, "{}"));
    server.reply(new Reply(204, null, new byte[0]));
    call("touch", "1");
    assertThat(server.take().method()).isEqualTo("PATCH");
    assertThat(server.take().method()).isEqualTo("PATCH");
  }

  @Test
  void neverSendsAnUnmarkedPostOrPatchTwice() throws Exception {
    server.replyFirst(
        Reply.json(429, "{\"message\":\"slow down\"}").withHeader("Retry-After", "0"),
        Reply.json(503, "{\"message\":\"busy\"}"));
    BisnodeApiException post =
        assertThrows(BisnodeApiException.class, () -> call("create", person("A", 1)));
    assertThat(post.status()).isEqualTo(429);
    assertThat(server.take().method()).isEqualTo("POST");
    BisnodeApiException patch =
        assertThrows(BisnodeApiException.class, () -> call("rename", "1", person("A", 1)));
    assertThat(patch.status()).isEqualTo(503);
    assertThat(server.take().method()).isEqualTo("PATCH");
    assertThat(server.pending()).isEqualTo(0);
  }

  @Test
  void letsAPerCallAcceptHeaderReplaceTheDefault() throws Exception {
    byte[] pdf = {'%', 'P', 'D', 'F'};
    server.reply(new Reply(200, "application/pdf", pdf));
    try (InputStream in = (InputStream) call("report", "application/pdf")) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
    Recorded request = server.take();
    assertThat(request.headers().get("accept")).containsExactly("application/pdf");
  }

  @Test
  void letsAMethodHeaderReplaceTheInterfaceHeaderOfTheSameName() throws Exception {
    server.reply(new Reply(200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8)));
    call("apiHeader");
    assertThat(server.take().headers().get("x-api")).containsExactly("method");
  }

  // ---- return types -----------------------------------------------------------------------

  @Test
  void decodesAGenericListOfRecords() throws Exception {
    server.replyJson(200, "[{\"name\":\"A\",\"age\":1},{\"name\":\"B\",\"age\":2}]");
    assertThat((List<?>) call("list")).containsExactly(person("A", 1), person("B", 2)).inOrder();
  }

  @Test
  void decodesAMapOfRecords() throws Exception {
    server.replyJson(200, "{\"x\":{\"name\":\"A\",\"age\":1}}");
    assertThat((Map<?, ?>) call("mapOf")).containsExactly("x", person("A", 1));
  }

  @Test
  void returnsAPresentOptionalOn200() throws Exception {
    server.replyJson(200, "{\"name\":\"A\",\"age\":1}");
    assertThat(call("optional", "1")).isEqualTo(Optional.of(person("A", 1)));
  }

  @Test
  void returnsAnEmptyOptionalOn404And204() throws Exception {
    server.replyJson(404, "{\"message\":\"not found\"}");
    assertThat(call("optional", "1")).isEqualTo(Optional.empty());
    server.reply(new Reply(204, null, new byte[0]));
    assertThat(call("optional", "2")).isEqualTo(Optional.empty());
  }

  @Test
  void returnsAWholeResponseOn200() throws Exception {
    server.replyJson(200, "{\"name\":\"A\",\"age\":1}");
    BisnodeResponse<?> response = (BisnodeResponse<?>) call("response");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).hasValue(person("A", 1));
    assertThat(response.header("Content-Type")).hasValue("application/json");
  }

  @Test
  void returnsAWholeResponseOn400InsteadOfThrowing() throws Exception {
    String error =
        "{\"status\":400,\"statusText\":\"BAD_REQUEST\",\"message\":\"legalId is invalid\"}";
    server.replyJson(400, error);
    BisnodeResponse<?> response = (BisnodeResponse<?>) call("response");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).isEmpty();
    assertThat(response.errorBody()).isEqualTo(error);
    assertThat(response.error().map(BisnodeError::message)).hasValue("legalId is invalid");
  }

  @Test
  void returnsNothingFromAVoidMethodAndThrowsOnAnErrorStatus() throws Exception {
    server.reply(new Reply(204, null, new byte[0]));
    assertThat(call("doIt", person("A", 1))).isNull();
    assertThat(server.take().body()).isEqualTo("{\"name\":\"A\",\"age\":1}");
    server.replyJson(500, "{\"message\":\"boom\"}");
    BisnodeApiException e =
        assertThrows(BisnodeApiException.class, () -> call("doIt", person("A", 1)));
    assertThat(e.status()).isEqualTo(500);
  }

  @Test
  void returnsTheBodyAsTextInItsCharset() throws Exception {
    byte[] latin1 = "hej åäö".getBytes(StandardCharsets.ISO_8859_1);
    server.reply(new Reply(200, "text/plain; charset=ISO-8859-1", latin1));
    assertThat(call("text")).isEqualTo("hej åäö");
  }

  @Test
  void returnsTheBodyAsBytes() throws Exception {
    byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xFF};
    server.reply(new Reply(200, "application/pdf", pdf));
    assertThat((byte[]) call("bytes")).isEqualTo(pdf);
  }

  @Test
  void returnsTheBodyAsAStreamTheCallerCloses() throws Exception {
    byte[] pdf = new byte[100_000];
    Arrays.fill(pdf, (byte) 7);
    server.reply(new Reply(200, "application/pdf", pdf));
    try (InputStream in = (InputStream) call("stream")) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
  }

  @Test
  void boxesAPrimitiveReturnType() throws Exception {
    server.replyJson(200, "42");
    assertThat(call("count")).isEqualTo(42);
  }

  @Test
  void completesAFutureWithTheDecodedValue() throws Exception {
    server.replyJson(200, "{\"name\":\"A\",\"age\":1}");
    CompletableFuture<?> future = (CompletableFuture<?>) call("async", "x y");
    assertThat(future.get(5, TimeUnit.SECONDS)).isEqualTo(person("A", 1));
    assertThat(server.take().uri()).isEqualTo("/api/async/x%20y");
  }

  @Test
  void completesAFutureOfAWholeResponseWithTheDecodedBody() throws Exception {
    server.replyJson(200, "{\"name\":\"A\",\"age\":1}");
    CompletableFuture<?> future = (CompletableFuture<?>) call("asyncResponse");
    BisnodeResponse<?> response = (BisnodeResponse<?>) future.get(5, TimeUnit.SECONDS);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).hasValue(person("A", 1));
    Recorded request = server.take();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.uri()).isEqualTo("/api/async-resp");
    assertThat(request.header("Authorization")).isEqualTo("Bearer t1");
    assertThat(request.header("X-Api")).isEqualTo("e2e");
  }

  @Test
  void completesAFutureOfAWholeResponseWithAnErrorStatus() throws Exception {
    server.replyJson(409, "{\"message\":\"conflict\"}");
    CompletableFuture<?> future = (CompletableFuture<?>) call("asyncResponse");
    BisnodeResponse<?> response = (BisnodeResponse<?>) future.get(5, TimeUnit.SECONDS);
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.error().map(BisnodeError::message)).hasValue("conflict");
  }

  @Test
  void completesAFutureOfOptionalAndOfVoid() throws Exception {
    server.replyJson(404, "");
    assertThat(((CompletableFuture<?>) call("asyncOptional")).get(5, TimeUnit.SECONDS))
        .isEqualTo(Optional.empty());
    server.reply(new Reply(204, null, new byte[0]));
    assertThat(((CompletableFuture<?>) call("asyncVoid")).get(5, TimeUnit.SECONDS)).isNull();
    assertThat(server.take().uri()).isEqualTo("/api/async-opt");
    assertThat(server.take().uri()).isEqualTo("/api/async-void");
  }

  @Test
  void leavesDefaultMethodsToTheInterface() throws Exception {
    server.reply(new Reply(200, "text/plain", "there".getBytes(StandardCharsets.UTF_8)));
    assertThat(call("greeting")).isEqualTo("hi there");
    assertThat(server.take().uri()).isEqualTo("/api/text");
  }

  @Test
  void createsTheClientOfANestedInterface() throws Exception {
    Class<?> inner = classes.load("p.Outer$Inner");
    Object nested = client.create(inner);
    assertThat(nested.getClass().getName()).isEqualTo("p.BisnodeOuter_Inner");
    server.reply(new Reply(200, "text/plain", "n".getBytes(StandardCharsets.UTF_8)));
    assertThat(inner.getMethod("get").invoke(nested)).isEqualTo("n");
    assertThat(server.take().uri()).isEqualTo("/api/nested");
  }

  @Test
  void reusesTheTokenOfAScopeForLaterCalls() throws Exception {
    server.reply(new Reply(200, "text/plain", "x".getBytes(StandardCharsets.UTF_8)));
    call("text");
    int fetched = server.tokenRequests();
    call("text");
    call("bytes");
    assertThat(server.tokenRequests()).isEqualTo(fetched);
    assertThat(fetched).isAtLeast(1);
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** Calls the API method of that name, unwrapping what it throws. */
  private static Object call(String name, Object... args) throws Exception {
    for (Method method : classes.load("p.E2eApi").getMethods()) {
      if (method.getName().equals(name)) {
        method.setAccessible(true); // inherited methods are declared in package-private Base
        try {
          return method.invoke(api, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof Exception cause) {
            throw cause;
          }
          throw e;
        }
      }
    }
    throw new AssertionError("no method " + name);
  }

  private static Object person(String name, int age) throws Exception {
    return classes
        .load("p.E2eApi$Person")
        .getDeclaredConstructor(String.class, int.class)
        .newInstance(name, age);
  }

  private static Object findQuery(String legalId) throws Exception {
    return classes
        .load("p.E2eApi$FindQuery")
        .getDeclaredConstructor(String.class)
        .newInstance(legalId);
  }

  private static Object country(String name) {
    for (Object constant : classes.load("p.E2eApi$Country").getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new AssertionError(name);
  }
}
