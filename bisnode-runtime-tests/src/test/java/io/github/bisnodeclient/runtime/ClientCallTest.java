package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Header;
import io.github.bisnodeclient.annotations.Path;
import io.github.bisnodeclient.annotations.Post;
import io.github.bisnodeclient.annotations.Query;
import io.github.bisnodeclient.annotations.QueryMap;
import io.github.bisnodeclient.runtime.LocalServer.Reply;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls through a client the processor generates, as users' code calls it. */
class ClientCallTest {
  record Person(String gedi, String fullName) {}

  record Dated(LocalDate born, Instant seen) {}

  enum Country {
    SE
  }

  @BisnodeApi(baseUrl = "https://api.bisnode.com/unused", scope = "bci")
  interface PersonApi {
    @Get("/persons/{country}/search")
    List<Person> search(
        @Path("country") String country,
        @Query("firstName") String firstName,
        @Query("streetAddress") String streetAddress,
        @Query("missing") String missing,
        @Query("empty") String empty,
        @Query("country") Country countryCode,
        @Query("born") LocalDate born,
        @Query("ids") List<Integer> ids,
        @Query("flags") boolean[] flags,
        @Query("maybe") Optional<String> maybe,
        @Query("city") Optional<String> city,
        @Header("X-Request-Id") String requestId);

    @Get("/persons/{gedi}")
    Optional<Person> byGedi(@Path("gedi") String gedi);

    @Get("/persons/{gedi}")
    Optional<Person> byGediWithId(@Path("gedi") String gedi, @Header("X-Id") String id);

    @Get("/persons/{gedi}")
    CompletableFuture<Optional<Person>> byGediAsync(@Path("gedi") String gedi);

    @Post("/find")
    Person find(@Body Object body);

    @Post("/find")
    Person findByLegalId(@Query("legalId") String legalId, @Body String body);

    @Post("/find")
    Person findWhere(@QueryMap Map<String, Object> query, @Body String body);

    @Post("/find")
    BisnodeResponse<Person> findResponse(@Body String body);

    @Post("/find")
    CompletableFuture<Person> findAsync(@Body String body);

    @Post("/dated")
    Dated dated(@Body Dated dated);

    @Get("/pdf")
    @Header("Accept: application/pdf")
    InputStream pdf();

    @Post("/text")
    void none();

    @Post("/text")
    CompletableFuture<Void> noneAsync();

    @Get("/text")
    String text();

    @Get("/text")
    byte[] bytes();
  }

  /** An interface the client's per-interface base URL does not name. */
  @BisnodeApi(baseUrl = "https://api.bisnode.com/x", scope = "bci")
  interface OtherApi {
    @Get("/persons/{gedi}")
    Optional<Person> byGedi(@Path("gedi") String gedi);
  }

  /** Declares its base URL with a trailing slash. */
  @BisnodeApi(baseUrl = "http://127.0.0.1:9/x/", scope = "bci")
  interface SlashApi {
    @Get("/persons/{gedi}")
    Optional<Person> byGedi(@Path("gedi") String gedi);
  }

  private LocalServer server;
  private BisnodeClient client;
  private PersonApi api;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    client = server.client().build();
    api = client.create(PersonApi.class);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void sendsTheBearerTokenAcceptHeaderAndEncodedPathAndQuery() {
    server.on(
        "/api/persons/S%C3%A9%2F%3F%23%25%20x/search",
        r -> Reply.json(200, "[{\"gedi\":\"g1\",\"fullName\":\"Sven Svensson\"}]"));
    List<Person> persons =
        api.search(
            "Sé/?#% x",
            "Sven",
            "Vasagatan 9",
            null,
            "",
            Country.SE,
            LocalDate.of(1970, 1, 31),
            List.of(1, 2),
            new boolean[] {true},
            Optional.empty(),
            Optional.of("Malmö"),
            "r-1");
    assertEquals(List.of(new Person("g1", "Sven Svensson")), persons);
    LocalServer.Received request = server.last("/api/persons/S%C3%A9%2F%3F%23%25%20x/search");
    assertEquals("GET", request.method());
    assertEquals(
        "/api/persons/S%C3%A9%2F%3F%23%25%20x/search?firstName=Sven&streetAddress=Vasagatan%209"
            + "&empty=&country=SE&born=1970-01-31&ids=1&ids=2&flags=true&city=Malm%C3%B6",
        request.rawUri());
    assertEquals("Bearer token-1", request.header("Authorization"));
    assertEquals("application/json", request.header("Accept"));
    // The build writes its own version into the User-Agent, never a stale literal.
    String agent = request.header("User-Agent");
    assertTrue(agent.matches("bisnode-client/\\d+\\.\\d+\\.\\d+.*"), agent);
    assertEquals("r-1", request.header("X-Request-Id"));
  }

  @Test
  void refusesDotSegmentsAndNullPathValuesBeforeSending() {
    IllegalArgumentException dot =
        assertThrows(IllegalArgumentException.class, () -> api.byGedi(".."));
    assertTrue(dot.getMessage().contains("@Path(\"gedi\")"), dot.getMessage());
    IllegalArgumentException single =
        assertThrows(IllegalArgumentException.class, () -> api.byGedi("."));
    assertTrue(single.getMessage().contains("@Path(\"gedi\")"), single.getMessage());
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> api.byGedi(null));
    assertTrue(none.getMessage().contains("@Path(\"gedi\")"), none.getMessage());
    assertEquals(0, server.tokenRequests());
    assertEquals(List.of(), server.received("/api/persons/.."));
    assertEquals(List.of(), server.received("/api/persons/null"));
  }

  @Test
  void refusesHeaderValuesWithLineBreaks() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> api.byGediWithId("g1", "a\r\nInjected: yes"));
    assertFalse(e.getMessage().contains("Injected"), e.getMessage());
    assertEquals(0, server.tokenRequests());
  }

  @Test
  void postsTheBodyAsJson() {
    server.on("/api/find", r -> Reply.json(200, "{\"gedi\":\"g2\",\"fullName\":\"Anna\"}"));
    Person person = api.find(Map.of("legalId", "191212121212"));
    assertEquals(new Person("g2", "Anna"), person);
    LocalServer.Received request = server.last("/api/find");
    assertEquals("POST", request.method());
    assertEquals("{\"legalId\":\"191212121212\"}", request.body());
    assertTrue(request.header("Content-Type").startsWith("application/json"));
  }

  @Test
  void datesTravelAsIsoTextInBodiesAndResponses() {
    server.on(
        "/api/dated",
        r -> Reply.json(200, "{\"born\":\"1961-03-14\",\"seen\":\"2026-11-29T12:00:00Z\"}"));
    Dated sent = new Dated(LocalDate.of(1970, 1, 31), Instant.parse("2020-01-01T00:00:00Z"));
    assertEquals(
        new Dated(LocalDate.of(1961, 3, 14), Instant.parse("2026-11-29T12:00:00Z")),
        api.dated(sent));
    assertEquals(
        "{\"born\":\"1970-01-31\",\"seen\":\"2020-01-01T00:00:00Z\"}",
        server.last("/api/dated").body());
  }

  @Test
  void optionalIsEmptyOn404And204() {
    server.on("/api/persons/none", r -> Reply.json(404, "{\"message\":\"Not found\"}"));
    server.on("/api/persons/nobody", r -> Reply.empty(204));
    server.on("/api/persons/g1", r -> Reply.json(200, "{\"gedi\":\"g1\"}"));
    assertEquals(Optional.empty(), api.byGedi("none"));
    assertEquals(Optional.empty(), api.byGedi("nobody"));
    assertEquals(Optional.of(new Person("g1", null)), api.byGedi("g1"));
  }

  @Test
  void anErrorStatusBecomesAnApiExceptionWithTheParsedBisnodeError() {
    server.on(
        "/api/find",
        r ->
            Reply.json(
                400,
                "{\"status\":400,\"statusText\":\"BAD_REQUEST\",\"message\":\"Validation failed\","
                    + "\"timestamp\":\"2026-11-29T12:00:00Z\",\"subErrors\":[{\"object\":\"query\","
                    + "\"field\":\"sourceCountry\",\"rejectedValue\":null,"
                    + "\"message\":\"must not be null\"}]}"));
    BisnodeApiException e =
        assertThrows(BisnodeApiException.class, () -> api.findByLegalId("191212121212", "x"));
    assertEquals(400, e.status());
    assertEquals("POST", e.verb());
    assertEquals("/find", e.path());
    BisnodeError error = e.error().orElseThrow();
    assertEquals("Validation failed", error.message());
    assertEquals("sourceCountry", error.subErrors().get(0).field());
    assertTrue(e.getMessage().contains("sourceCountry"), e.getMessage());
    assertTrue(e.body().contains("BAD_REQUEST"));
    assertEquals(List.of("application/json"), e.headers().get("content-type"));
    assertFalse(e.getMessage().contains("191212121212"), e.getMessage());
    assertFalse(e.getMessage().contains("token-1"), e.getMessage());
  }

  @Test
  void aBodyThatDoesNotDecodeNamesTheMethodAndType() {
    server.on(
        "/api/find",
        r ->
            new Reply(
                200,
                Map.of("Content-Type", "text/html"),
                "<html>".getBytes(StandardCharsets.UTF_8)));
    BisnodeException e = assertThrows(BisnodeException.class, () -> api.find("x"));
    assertTrue(e.getMessage().contains("PersonApi.find"), e.getMessage());
    assertTrue(e.getMessage().contains(Person.class.getTypeName()), e.getMessage());
    assertTrue(e.getCause() != null);
  }

  @Test
  void anEmptyBodyForANonOptionalMethodIsAnErrorNotANull() {
    server.on("/api/find", r -> Reply.empty(204));
    BisnodeException e = assertThrows(BisnodeException.class, () -> api.find("x"));
    assertTrue(e.getMessage().contains("Optional"), e.getMessage());
  }

  @Test
  void aResponseCarriesErrorsWithoutThrowing() {
    server.on("/api/find", r -> Reply.json(409, "{\"message\":\"Conflict\"}"));
    BisnodeResponse<Person> response = api.findResponse("x");
    assertEquals(409, response.status());
    assertFalse(response.isSuccessful());
    assertEquals(Optional.empty(), response.body());
    assertEquals("Conflict", response.error().orElseThrow().message());
    assertEquals("{\"message\":\"Conflict\"}", response.errorBody());
    assertEquals(Optional.of("application/json"), response.header("Content-Type"));
  }

  @Test
  void streamsABodyThatTheCallerCloses() throws Exception {
    byte[] pdf = new byte[100_000];
    Arrays.fill(pdf, (byte) 'x');
    server.on("/api/pdf", r -> new Reply(200, Map.of("Content-Type", "application/pdf"), pdf));
    for (int i = 0; i < 3; i++) {
      try (InputStream in = api.pdf()) {
        assertArrayEquals(pdf, in.readAllBytes());
      }
    }
    assertEquals("application/pdf", server.last("/api/pdf").header("Accept"));
  }

  @Test
  void closingAStreamEarlyReleasesTheConnection() throws Exception {
    byte[] big = new byte[1_000_000];
    server.on("/api/pdf", r -> new Reply(200, Map.of(), big));
    try (BisnodeClient one = server.client().maxConnections(1).build()) {
      PersonApi single = one.create(PersonApi.class);
      for (int i = 0; i < 3; i++) {
        try (InputStream in = single.pdf()) {
          assertEquals(0, in.read());
        }
      }
    }
    assertEquals(3, server.received("/api/pdf").size());
  }

  @Test
  void asyncCallsReturnTheSameValues() throws Exception {
    server.on("/api/persons/g1", r -> Reply.json(200, "{\"gedi\":\"g1\"}"));
    server.on("/api/persons/gone", r -> Reply.json(404, "{}"));
    server.on("/api/find", r -> Reply.json(500, "{\"message\":\"boom\"}"));
    assertEquals(
        Optional.of(new Person("g1", null)), api.byGediAsync("g1").get(10, TimeUnit.SECONDS));
    assertEquals(Optional.empty(), api.byGediAsync("gone").get(10, TimeUnit.SECONDS));
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> api.findAsync("x").get(10, TimeUnit.SECONDS));
    assertInstanceOf(BisnodeApiException.class, e.getCause());
    assertEquals("Bearer token-1", server.last("/api/find").header("Authorization"));
    assertEquals(1, server.tokenRequests());
  }

  @Test
  void perInterfaceBaseUrlWinsOverTheClientWide_one() {
    server.on("/other/persons/g1", r -> Reply.json(200, "{\"gedi\":\"other\"}"));
    server.on("/api/persons/g1", r -> Reply.json(200, "{\"gedi\":\"api\"}"));
    try (BisnodeClient per =
        server.client().baseUrl(PersonApi.class, server.url("/other/")).build()) {
      assertEquals(
          Optional.of(new Person("other", null)), per.create(PersonApi.class).byGedi("g1"));
      assertEquals(List.of(), server.received("/other//persons/g1"));
      assertEquals(Optional.of(new Person("api", null)), per.create(OtherApi.class).byGedi("g1"));
      assertEquals(1, server.received("/api/persons/g1").size());
    }
    // Without an override, the declared base URL is used, its trailing slash trimmed: the proxy
    // sees the absolute URI the client asked for.
    server.on("/x/persons/g1", r -> Reply.json(200, "{\"gedi\":\"declared\"}"));
    try (BisnodeClient none =
        BisnodeClient.builder()
            .credentials("a", "b")
            .tokenUrl(server.url("/token"))
            .proxy(server.url(""))
            .build()) {
      assertEquals(
          Optional.of(new Person("declared", null)), none.create(SlashApi.class).byGedi("g1"));
    }
    assertEquals(1, server.received("/x/persons/g1").size());
    assertEquals(List.of(), server.received("/x//persons/g1"));
  }

  @Test
  void voidStringAndBytesReturns() throws Exception {
    server.on(
        "/api/text",
        r ->
            new Reply(
                200,
                Map.of("Content-Type", "text/plain; charset=ISO-8859-1"),
                "ö".getBytes(StandardCharsets.ISO_8859_1)));
    api.none();
    assertEquals("POST", server.last("/api/text").method());
    assertNull(api.noneAsync().get(10, TimeUnit.SECONDS));
    assertEquals(2, server.received("/api/text").size());
    assertEquals("ö", api.text());
    assertArrayEquals(new byte[] {(byte) 0xF6}, api.bytes());
  }

  @Test
  void queryMapLeavesNullValuesOut() {
    server.on("/api/find", r -> Reply.json(200, "{}"));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", "1 2");
    map.put("b", null);
    map.put("c", List.of("x", "y"));
    api.findWhere(map, "x");
    assertEquals("/api/find?a=1%202&c=x&c=y", server.last("/api/find").rawUri());
  }
}
