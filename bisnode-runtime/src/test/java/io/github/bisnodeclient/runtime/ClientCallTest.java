package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.runtime.LocalServer.Reply;
import io.github.bisnodeclient.runtime.internal.ApiTarget;
import io.github.bisnodeclient.runtime.internal.Endpoint;
import io.github.bisnodeclient.runtime.internal.Returns;
import io.github.bisnodeclient.runtime.internal.Types;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls through endpoints built the way generated code builds them. */
class ClientCallTest {
  record Person(String gedi, String fullName) {}

  enum Country {
    SE
  }

  interface PersonApi {}

  private static final Endpoint<List<Person>> SEARCH =
      Endpoint.get(
          "PersonApi.search",
          "/persons/{country}/search",
          Returns.<List<Person>>json(Types.parameterized(List.class, Person.class)));
  private static final Endpoint<Optional<Person>> BY_GEDI =
      Endpoint.get("PersonApi.byGedi", "/persons/{gedi}", Returns.<Person>optional(Person.class));
  private static final Endpoint<Person> FIND =
      Endpoint.post("PersonApi.find", "/find", Returns.<Person>json(Person.class));
  private static final Endpoint<BisnodeResponse<Person>> FIND_RESPONSE =
      Endpoint.post("PersonApi.findResponse", "/find", Returns.<Person>response(Person.class));
  private static final Endpoint<InputStream> PDF =
      Endpoint.get("PersonApi.pdf", "/pdf", Returns.stream())
          .withHeader("Accept", "application/pdf");

  private LocalServer server;
  private BisnodeClient client;
  private ApiTarget api;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    client = server.client().build();
    api = ApiTarget.of(client, PersonApi.class, "https://api.bisnode.com/unused", "bci");
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
        api.request(SEARCH)
            .path("country", "Sé/?#% x")
            .query("firstName", "Sven")
            .query("streetAddress", "Vasagatan 9")
            .query("missing", null)
            .query("empty", "")
            .query("country", Country.SE)
            .query("born", LocalDate.of(1970, 1, 31))
            .query("ids", List.of(1, 2))
            .query("flags", new boolean[] {true})
            .query("maybe", Optional.empty())
            .query("city", Optional.of("Malmö"))
            .header("X-Request-Id", "r-1")
            .execute();
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
        assertThrows(IllegalArgumentException.class, () -> api.request(BY_GEDI).path("gedi", ".."));
    assertTrue(dot.getMessage().contains("@Path(\"gedi\")"), dot.getMessage());
    assertThrows(IllegalArgumentException.class, () -> api.request(BY_GEDI).path("gedi", null));
    assertThrows(IllegalArgumentException.class, () -> api.request(BY_GEDI).execute());
    assertEquals(0, server.tokenRequests());
  }

  @Test
  void refusesHeaderValuesWithLineBreaks() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> api.request(BY_GEDI).header("X-Id", "a\r\nInjected: yes"));
    assertFalse(e.getMessage().contains("Injected"), e.getMessage());
  }

  @Test
  void postsTheBodyAsJson() {
    server.on("/api/find", r -> Reply.json(200, "{\"gedi\":\"g2\",\"fullName\":\"Anna\"}"));
    Person person = api.request(FIND).body(Map.of("legalId", "191212121212")).execute();
    assertEquals(new Person("g2", "Anna"), person);
    LocalServer.Received request = server.last("/api/find");
    assertEquals("POST", request.method());
    assertEquals("{\"legalId\":\"191212121212\"}", request.body());
    assertTrue(request.header("Content-Type").startsWith("application/json"));
  }

  record Dated(LocalDate born, java.time.Instant seen) {}

  @Test
  void datesTravelAsIsoTextInBodiesAndResponses() {
    server.on(
        "/api/dated",
        r -> Reply.json(200, "{\"born\":\"1961-03-14\",\"seen\":\"2026-11-29T12:00:00Z\"}"));
    Endpoint<Dated> dated =
        Endpoint.post("PersonApi.dated", "/dated", Returns.<Dated>json(Dated.class));
    Dated sent =
        new Dated(LocalDate.of(1970, 1, 31), java.time.Instant.parse("2020-01-01T00:00:00Z"));
    assertEquals(
        new Dated(LocalDate.of(1961, 3, 14), java.time.Instant.parse("2026-11-29T12:00:00Z")),
        api.request(dated).body(sent).execute());
    assertEquals(
        "{\"born\":\"1970-01-31\",\"seen\":\"2020-01-01T00:00:00Z\"}",
        server.last("/api/dated").body());
  }

  @Test
  void optionalIsEmptyOn404And204() {
    server.on("/api/persons/none", r -> Reply.json(404, "{\"message\":\"Not found\"}"));
    server.on("/api/persons/nobody", r -> Reply.empty(204));
    server.on("/api/persons/g1", r -> Reply.json(200, "{\"gedi\":\"g1\"}"));
    assertEquals(Optional.empty(), api.request(BY_GEDI).path("gedi", "none").execute());
    assertEquals(Optional.empty(), api.request(BY_GEDI).path("gedi", "nobody").execute());
    assertEquals(
        Optional.of(new Person("g1", null)), api.request(BY_GEDI).path("gedi", "g1").execute());
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
        assertThrows(
            BisnodeApiException.class,
            () -> api.request(FIND).query("legalId", "191212121212").body("x").execute());
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
    BisnodeException e =
        assertThrows(BisnodeException.class, () -> api.request(FIND).body("x").execute());
    assertTrue(e.getMessage().contains("PersonApi.find"), e.getMessage());
    assertTrue(e.getMessage().contains(Person.class.getTypeName()), e.getMessage());
    assertTrue(e.getCause() != null);
  }

  @Test
  void anEmptyBodyForANonOptionalMethodIsAnErrorNotANull() {
    server.on("/api/find", r -> Reply.empty(204));
    BisnodeException e =
        assertThrows(BisnodeException.class, () -> api.request(FIND).body("x").execute());
    assertTrue(e.getMessage().contains("Optional"), e.getMessage());
  }

  @Test
  void aResponseCarriesErrorsWithoutThrowing() {
    server.on("/api/find", r -> Reply.json(409, "{\"message\":\"Conflict\"}"));
    BisnodeResponse<Person> response = api.request(FIND_RESPONSE).body("x").execute();
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
      try (InputStream in = api.request(PDF).execute()) {
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
      ApiTarget single = ApiTarget.of(one, PersonApi.class, "https://api.bisnode.com/x", "bci");
      for (int i = 0; i < 3; i++) {
        try (InputStream in = single.request(PDF).execute()) {
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
        Optional.of(new Person("g1", null)),
        api.request(BY_GEDI).path("gedi", "g1").executeAsync().get(10, TimeUnit.SECONDS));
    assertEquals(
        Optional.empty(),
        api.request(BY_GEDI).path("gedi", "gone").executeAsync().get(10, TimeUnit.SECONDS));
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> api.request(FIND).body("x").executeAsync().get(10, TimeUnit.SECONDS));
    assertInstanceOf(BisnodeApiException.class, e.getCause());
    assertEquals("Bearer token-1", server.last("/api/find").header("Authorization"));
    assertEquals(1, server.tokenRequests());
  }

  @Test
  void perInterfaceBaseUrlWinsOverTheClientWide_one() {
    try (BisnodeClient per =
        server.client().baseUrl(PersonApi.class, server.url("/other/")).build()) {
      ApiTarget target = ApiTarget.of(per, PersonApi.class, "https://api.bisnode.com/x", "bci");
      assertEquals(server.url("/other"), target.baseUrl());
      ApiTarget other = ApiTarget.of(per, Country.class, "https://api.bisnode.com/x", "bci");
      assertEquals(server.url("/api"), other.baseUrl());
    }
    try (BisnodeClient none = BisnodeClient.builder().credentials("a", "b").build()) {
      assertEquals(
          "https://api.bisnode.com/x",
          ApiTarget.of(none, PersonApi.class, "https://api.bisnode.com/x/", "bci").baseUrl());
    }
  }

  @Test
  void voidStringAndBytesReturns() {
    server.on(
        "/api/text",
        r ->
            new Reply(
                200,
                Map.of("Content-Type", "text/plain; charset=ISO-8859-1"),
                "ö".getBytes(StandardCharsets.ISO_8859_1)));
    Endpoint<Void> none = Endpoint.post("PersonApi.none", "/text", Returns.none());
    Endpoint<String> text = Endpoint.get("PersonApi.text", "/text", Returns.string());
    Endpoint<byte[]> bytes = Endpoint.get("PersonApi.bytes", "/text", Returns.bytes());
    assertNull(api.request(none).execute());
    assertEquals("ö", api.request(text).execute());
    assertArrayEquals(new byte[] {(byte) 0xF6}, api.request(bytes).execute());
  }

  @Test
  void queryMapLeavesNullValuesOut() {
    server.on("/api/find", r -> Reply.json(200, "{}"));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", "1 2");
    map.put("b", null);
    map.put("c", List.of("x", "y"));
    api.request(FIND).queryMap(map).body("x").execute();
    assertEquals("/api/find?a=1%202&c=x&c=y", server.last("/api/find").rawUri());
  }
}
