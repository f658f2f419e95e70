package io.github.bisnodeclient.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.github.bisnodeclient.processor.Compilations.compileBesideOtherAnnotations;
import static io.github.bisnodeclient.processor.Compilations.source;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import com.google.testing.compile.Compilation;
import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.internal.RecordAccess;
import io.github.bisnodeclient.runtime.internal.RecordAdapters;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The type adapters written for the records an interface reads and writes: their shape, which
 * records are left to Gson, and that the generated adapters decode and encode exactly as Gson's
 * reflective adapter does, on their own and through a client.
 */
class RecordAdaptersTest {
  private static final JavaFileObject COMPANY_API =
      source(
          "p.CompanyApi",
          "package p;",
          "import io.github.bisnodeclient.annotations.*;",
          "import java.util.List;",
          "@BisnodeApi(baseUrl = \"https://api.bisnode.com/companies\")",
          "public interface CompanyApi {",
          "  @Post(\"/companies\") List<Company> search(@Body Query query);",
          "}");
  private static final JavaFileObject COMPANY =
      source(
          "p.Company",
          "package p;",
          "import com.google.gson.annotations.SerializedName;",
          "import java.util.List;",
          "import java.util.Map;",
          "public record Company(",
          "    @SerializedName(value = \"companyName\", alternate = {\"name\", \"title\"}) String name,",
          "    Address address,",
          "    Map<String, List<? extends Address>> branches,",
          "    Address[] history,",
          "    long[] counts,",
          "    boolean active) {",
          "  public record Address(String street) {}",
          "}");
  private static final JavaFileObject QUERY =
      source("p.Query", "package p;", "public record Query(String q) {}");

  @Test
  void writesTheAccessOfRenamedNestedAndGenericComponentsOnceNextToEachRecordExactly() {
    Compilation compilation = compileBesideOtherAnnotations(COMPANY_API, COMPANY, QUERY);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("p.BisnodeCompanyApi")
        .hasSourceEquivalentTo(
            source(
                "p.BisnodeCompanyApi",
                "package p;",
                "",
                "import io.github.bisnodeclient.runtime.BisnodeClient;",
                "import io.github.bisnodeclient.runtime.internal.ApiTarget;",
                "import io.github.bisnodeclient.runtime.internal.Endpoint;",
                "import io.github.bisnodeclient.runtime.internal.Returns;",
                "import io.github.bisnodeclient.runtime.internal.Types;",
                "import java.util.List;",
                "import javax.annotation.processing.Generated;",
                "",
                "@Generated(\"io.github.bisnodeclient.processor.BisnodeApiProcessor\")",
                "public final class BisnodeCompanyApi implements CompanyApi {",
                "  private static final Endpoint<List<Company>> SEARCH = Endpoint.post(",
                "      \"CompanyApi.search\", \"/companies\",",
                "      Returns.<List<Company>>json(Types.parameterized(List.class, Company.class)));",
                "",
                "  private final ApiTarget target;",
                "",
                "  public BisnodeCompanyApi(BisnodeClient client) {",
                "    this.target = ApiTarget.of(client, CompanyApi.class,",
                "        \"https://api.bisnode.com/companies\", \"bci\", BisnodeJson_Company.ACCESS,",
                "        BisnodeJson_Company_Address.ACCESS, BisnodeJson_Query.ACCESS);",
                "  }",
                "",
                "  @Override",
                "  public List<Company> search(Query query) {",
                "    return target.request(SEARCH).body(query).execute();",
                "  }",
                "}"));
    assertThat(compilation)
        .generatedSourceFile("p.BisnodeJson_Company")
        .hasSourceEquivalentTo(
            source(
                "p.BisnodeJson_Company",
                "package p;",
                "",
                "import io.github.bisnodeclient.runtime.internal.RecordAccess;",
                "import io.github.bisnodeclient.runtime.internal.Types;",
                "import java.util.List;",
                "import java.util.Map;",
                "import javax.annotation.processing.Generated;",
                "import org.jspecify.annotations.Nullable;",
                "",
                "@Generated(\"io.github.bisnodeclient.processor.BisnodeApiProcessor\")",
                "public final class BisnodeJson_Company extends RecordAccess<Company> {",
                "  public static final BisnodeJson_Company ACCESS = new BisnodeJson_Company();",
                "",
                "  private BisnodeJson_Company() {",
                "    super(Company.class,",
                "        component(\"name\", String.class).named(\"companyName\", \"name\", \"title\"),",
                "        component(\"address\", Company.Address.class),",
                "        component(\"branches\", Types.parameterized(Map.class, String.class,",
                "            Types.parameterized(List.class,"
                    + " Types.subtypeOf(Company.Address.class)))),",
                "        component(\"history\", Company.Address[].class),",
                "        component(\"counts\", long[].class),",
                "        component(\"active\", boolean.class));",
                "  }",
                "",
                "  @Override",
                "  @SuppressWarnings(\"unchecked\")",
                "  protected Company create(Object[] values) {",
                "    return new Company((String) values[0], (Company.Address) values[1],",
                "        (Map<String, List<? extends Company.Address>>) values[2],",
                "        (Company.Address[]) values[3], (long[]) values[4], (boolean) values[5]);",
                "  }",
                "",
                "  @Override",
                "  protected @Nullable Object component(Company value, int index) {",
                "    return switch (index) {",
                "      case 0 -> value.name();",
                "      case 1 -> value.address();",
                "      case 2 -> value.branches();",
                "      case 3 -> value.history();",
                "      case 4 -> value.counts();",
                "      default -> value.active();",
                "    };",
                "  }",
                "}"));
    assertThat(generatedSource(compilation, "p.BisnodeJson_Company_Address"))
        .contains("return new Company.Address((String) values[0]);");
    assertThat(generatedSource(compilation, "p.BisnodeJson_Query")).contains("return value.q();");
  }

  @Test
  void sharesOneAccessClassOfARecordBetweenInterfaces() {
    JavaFileObject other =
        source(
            "q.OtherApi",
            "package q;",
            "import io.github.bisnodeclient.annotations.*;",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com/other\")",
            "public interface OtherApi {",
            "  @Get(\"/companies/{id}\") p.Company byId(@Path(\"id\") String id);",
            "}");
    Compilation compilation = compileBesideOtherAnnotations(COMPANY_API, other, COMPANY, QUERY);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "q.BisnodeOtherApi"))
        .contains("BisnodeJson_Company.ACCESS, BisnodeJson_Company_Address.ACCESS);");
    assertThat(generatedSource(compilation, "q.BisnodeOtherApi"))
        .contains("import p.BisnodeJson_Company;");
    long accesses =
        compilation.generatedSourceFiles().stream()
            .filter(file -> file.getName().contains("BisnodeJson_"))
            .count();
    assertThat(accesses).isEqualTo(3);
  }

  @Test
  void nestsTheAccessOfARecordCompiledElsewhereInTheClient(@TempDir Path dir) throws Exception {
    JavaFileObject otherCompany =
        source("q.Company", "package q;", "public record Company(String id) {}");
    Compilation records = javac().compile(COMPANY, QUERY, otherCompany);
    assertThat(records).succeeded();
    for (JavaFileObject file : records.generatedFiles()) {
      String path = file.toUri().getPath();
      Path target = dir.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + 14));
      Files.createDirectories(target.getParent());
      try (var in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
    List<File> classPath = new ArrayList<>();
    classPath.add(dir.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }

    Compilation compilation =
        javac()
            .withProcessors(new BisnodeApiProcessor())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .withClasspath(classPath)
            .compile(
                COMPANY_API,
                source(
                    "p.BothApi",
                    "package p;",
                    "import io.github.bisnodeclient.annotations.*;",
                    "@BisnodeApi(baseUrl = \"https://api.bisnode.com/both\")",
                    "public interface BothApi {",
                    "  @Get(\"/p\") p.Company p();",
                    "  @Get(\"/q\") q.Company q();",
                    "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "p.BisnodeBothApi").replaceAll("\\s+", " "))
        .contains(
            "BisnodeJson_Company.ACCESS, BisnodeJson_Company_Address.ACCESS,"
                + " BisnodeJson_Company_2.ACCESS);");
    String client = generatedSource(compilation, "p.BisnodeCompanyApi");
    assertThat(client).contains("private static final class BisnodeJson_Company extends");
    assertThat(client)
        .contains("static final BisnodeJson_Company ACCESS = new BisnodeJson_Company();");
    assertThat(compilation.generatedSourceFiles()).hasSize(2);
    CompiledClasses classes = new CompiledClasses(compilation);
    assertThat(classes.load("p.BisnodeCompanyApi$BisnodeJson_Query").getSuperclass().getName())
        .isEqualTo("io.github.bisnodeclient.runtime.internal.RecordAccess");
  }

  @Test
  void leavesToGsonTheRecordsAGeneratedAdapterCouldNotReadAsGsonDoes() {
    JsonFile[] files = {
      new JsonFile("p.Box", "public record Box<T>(T value, Plain plain) {}"),
      new JsonFile(
          "p.Adapted",
          "@com.google.gson.annotations.JsonAdapter(Adapted.Adapter.class)",
          "public record Adapted(String text) {",
          "  static final class Adapter extends com.google.gson.TypeAdapter<Adapted> {",
          "    @Override public void write(com.google.gson.stream.JsonWriter out, Adapted a)",
          "        throws java.io.IOException { out.value(a.text()); }",
          "    @Override public Adapted read(com.google.gson.stream.JsonReader in)",
          "        throws java.io.IOException { return new Adapted(in.nextString()); }",
          "  }",
          "}"),
      new JsonFile(
          "p.ComponentAdapted",
          "public record ComponentAdapted(",
          "    @com.google.gson.annotations.JsonAdapter(Adapted.Adapter.class) Adapted inner) {}"),
      new JsonFile(
          "p.Clash",
          "public record Clash(@com.google.gson.annotations.SerializedName(\"b\") String a,"
              + " String b) {}"),
      new JsonFile(
          "p.Raw", "@SuppressWarnings(\"rawtypes\")", "public record Raw(java.util.List items) {}"),
      new JsonFile("p.Plain", "public record Plain(String text, Deeper deeper) {}"),
      new JsonFile("p.Deeper", "public record Deeper(int depth) {}"),
      new JsonFile("p.Holder", "public class Holder { public Held held; }"),
      new JsonFile("p.Held", "public record Held(String text) {}"),
      new JsonFile("q.Shown", "public record Shown(Hidden hidden) {}"),
      new JsonFile("q.Hidden", "record Hidden(String text) {}"),
    };
    JavaFileObject api =
        source(
            "p.MixedApi",
            "package p;",
            "import io.github.bisnodeclient.annotations.*;",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com/mixed\")",
            "public interface MixedApi {",
            "  @Get(\"/box\") Box<String> box();",
            "  @Get(\"/adapted\") Adapted adapted();",
            "  @Get(\"/component\") ComponentAdapted component();",
            "  @Get(\"/clash\") Clash clash();",
            "  @Get(\"/raw\") Raw raw();",
            "  @Get(\"/holder\") Holder holder();",
            "  @Post(\"/shown\") void shown(@Body q.Shown shown);",
            "}");
    JavaFileObject[] sources = new JavaFileObject[files.length + 1];
    for (int i = 0; i < files.length; i++) {
      sources[i] = files[i].source();
    }
    sources[files.length] = api;

    Compilation compilation = compileBesideOtherAnnotations(sources);

    assertThat(compilation).succeededWithoutWarnings();
    String generated = generatedSource(compilation, "p.BisnodeMixedApi");
    assertThat(generated)
        .contains("BisnodeJson_Plain.ACCESS, BisnodeJson_Deeper.ACCESS, BisnodeJson_Held.ACCESS);");
    for (String left : List.of("Box", "Adapted", "ComponentAdapted", "Clash", "Raw", "Shown")) {
      assertThat(generated).doesNotContain("BisnodeJson_" + left + ".");
      assertThat(compilation.generatedSourceFile("p.BisnodeJson_" + left).isPresent()).isFalse();
    }
  }

  @Test
  void writesNoAdaptersForAnInterfaceWithoutRecords() {
    JavaFileObject api =
        source(
            "p.TextApi",
            "package p;",
            "import io.github.bisnodeclient.annotations.*;",
            "import java.util.List;",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com/text\")",
            "public interface TextApi {",
            "  @Get(\"/t\") List<String> texts(@Query(\"q\") String q);",
            "  @Post(\"/t\") String send(@Body java.util.Map<String, Integer> body);",
            "}");
    Compilation compilation = compileBesideOtherAnnotations(api);
    assertThat(compilation).succeededWithoutWarnings();
    String generated = generatedSource(compilation, "p.BisnodeTextApi");
    assertThat(generated).doesNotContain("ACCESS");
    assertThat(generated).contains("\"bci\");");
  }

  @Test
  void suppressesDeprecationWhereARecordOrItsComponentIsDeprecated() {
    JavaFileObject api =
        source(
            "p.OldApi",
            "package p;",
            "import io.github.bisnodeclient.annotations.*;",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com/old\")",
            "public interface OldApi {",
            "  @Get(\"/new\") Current current();",
            "}");
    JavaFileObject current =
        source(
            "p.Current",
            "package p;",
            "@SuppressWarnings(\"deprecation\")",
            "public record Current(Old old, String text) {}");
    JavaFileObject old =
        source("p.Old", "package p;", "@Deprecated", "public record Old(String text) {}");
    Compilation compilation = compileBesideOtherAnnotations(api, current, old);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "p.BisnodeJson_Current"))
        .contains("@SuppressWarnings(\"deprecation\")\npublic final class BisnodeJson_Current");
    assertThat(generatedSource(compilation, "p.BisnodeJson_Old"))
        .contains("@SuppressWarnings(\"deprecation\")\npublic final class BisnodeJson_Old");
    assertThat(generatedSource(compilation, "p.BisnodeOldApi")).doesNotContain("deprecation");
  }

  // ---- equivalence with Gson's reflective adapter ---------------------------------------------

  private static final JavaFileObject EDGE_API =
      source(
          "p.EdgeApi",
          "package p;",
          "import io.github.bisnodeclient.annotations.*;",
          "@BisnodeApi(baseUrl = \"https://api.bisnode.com/edge\")",
          "public interface EdgeApi {",
          "  @Post(\"/edge\") Edge edge(@Body Edge edge);",
          "}");
  private static final JavaFileObject EDGE =
      source(
          "p.Edge",
          "package p;",
          "import com.google.gson.annotations.SerializedName;",
          "import java.math.BigDecimal;",
          "import java.util.*;",
          "public record Edge(String text, int count, boolean flag, long big, double ratio,",
          "    char letter, byte small, short medium, float single, Integer boxed,",
          "    @SerializedName(value = \"renamed\", alternate = \"old\") String named,",
          "    Inner inner, List<Inner> inners, Set<String> tags, Map<String, List<Integer>> map,",
          "    Inner[] array, int[][] grid, Kind kind, BigDecimal amount, Number number,",
          "    Object anything) {",
          "  public enum Kind { PLAIN, @SerializedName(\"bee\") FANCY }",
          "  public record Inner(String value, Inner next) {}",
          "}");

  private static final List<String> EDGE_JSON =
      List.of(
          "{}",
          "null",
          "{\"text\":\"t\",\"count\":1,\"flag\":true,\"big\":9007199254740993,\"ratio\":0.1,"
              + "\"letter\":\"c\",\"small\":-8,\"medium\":300,\"single\":1.25,\"boxed\":2,"
              + "\"renamed\":\"r\",\"inner\":{\"value\":\"a\",\"next\":{\"value\":\"b\"}},"
              + "\"inners\":[null,{\"value\":\"c\"}],\"tags\":[\"x\",\"x\",\"y\"],"
              + "\"map\":{\"k\":[1,null,3]},\"array\":[{\"value\":\"d\"}],\"grid\":[[1,2],[]],"
              + "\"kind\":\"bee\",\"amount\":\"1.10\",\"number\":12,\"anything\":{\"a\":[1]}}",
          "{\"unknown\":[1,{\"deep\":true}],\"text\":\"kept\",\"other\":null}",
          "{\"count\":null}",
          "{\"letter\":null}",
          "{\"text\":null,\"inner\":null,\"boxed\":null,\"kind\":null,\"anything\":null}",
          "{\"count\":\"7\",\"big\":\"8\",\"ratio\":\"0.5\",\"flag\":\"false\",\"small\":\"1\"}",
          "{\"old\":\"old name\"}",
          "{\"named\":\"not a JSON name\"}",
          "{\"kind\":\"FANCY\"}",
          "{\"kind\":\"nothing\"}",
          "{\"small\":300}",
          "{\"count\":true}",
          "{\"inner\":[]}",
          "{\"tags\":\"x\"}",
          "[1]",
          "\"string\"",
          "{\"text\":\"a\",\"text\":\"b\"}");

  @Test
  void generatedAdaptersReadEveryEdgeCaseAsGsonsReflectiveAdapter() throws Exception {
    Compilation compilation = compileBesideOtherAnnotations(EDGE_API, EDGE);
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> edge = classes.load("p.Edge");
    Gson reflective = new Gson();
    Gson generated = edgeAdapters(classes).build(reflective.newBuilder());
    assertThat(generated.getAdapter(edge).getClass().getName())
        .isEqualTo("io.github.bisnodeclient.runtime.internal.RecordAdapter");
    Gson show = new GsonBuilder().serializeNulls().create();

    for (String json : EDGE_JSON) {
      assertWithMessage(json)
          .that(outcome(() -> show.toJson(generated.fromJson(json, edge))))
          .isEqualTo(outcome(() -> show.toJson(reflective.fromJson(json, edge))));
    }
  }

  @Test
  void generatedAdaptersWriteAsGsonsReflectiveAdapter() throws Exception {
    Compilation compilation = compileBesideOtherAnnotations(EDGE_API, EDGE);
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> edge = classes.load("p.Edge");
    Gson plain = new Gson();
    Gson nulls = new GsonBuilder().serializeNulls().create();
    RecordAdapters adapters = edgeAdapters(classes);
    String full = EDGE_JSON.get(2).replace(",\"anything\":{\"a\":[1]}", "");

    for (String json : List.of(full, "{}", "{\"number\":1.5,\"anything\":\"text\"}")) {
      Object value = plain.fromJson(json, edge);
      assertThat(adapters.build(plain.newBuilder()).toJson(value)).isEqualTo(plain.toJson(value));
      assertThat(adapters.on(nulls).toJson(value)).isEqualTo(nulls.toJson(value));
    }
  }

  // ---- through a client --------------------------------------------------------------------

  private static final JavaFileObject PERSON_API =
      source(
          "p.PersonApi",
          "package p;",
          "import io.github.bisnodeclient.annotations.*;",
          "@BisnodeApi(baseUrl = \"https://api.bisnode.com/persons\")",
          "public interface PersonApi {",
          "  record Person(String fullName, Address address) {}",
          "  record Address(String city) {}",
          "  @Post(\"/persons\") Person send(@Body Person person);",
          "}");

  @Test
  void aClientReadsAndWritesThroughTheGeneratedAdapters() throws Exception {
    try (Client client = new Client(new Gson())) {
      client.server.replyJson(
          200, "{\"fullName\":\"Sven\",\"address\":{\"city\":\"Lund\"},\"x\":1}");

      Object person = client.send("{\"fullName\":\"Anna\",\"address\":null}");

      assertThat(client.server.take().body()).isEqualTo("{\"fullName\":\"Anna\"}");
      assertThat(person.toString()).isEqualTo("Person[fullName=Sven, address=Address[city=Lund]]");
    }
  }

  @Test
  void theApplicationsAdapterForARecordWinsOverTheGeneratedOne() throws Exception {
    Compilation compilation = compileBesideOtherAnnotations(PERSON_API);
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> address = classes.load("p.PersonApi$Address");
    Constructor<?> create = address.getDeclaredConstructor(String.class);
    TypeAdapter<Object> cityOnly =
        new TypeAdapter<>() {
          @Override
          public void write(JsonWriter out, Object value) throws IOException {
            out.value("a city");
          }

          @Override
          public Object read(JsonReader in) throws IOException {
            try {
              return create.newInstance("town " + in.nextString());
            } catch (ReflectiveOperationException e) {
              throw new IOException(e);
            }
          }
        };
    Gson applications = new GsonBuilder().registerTypeAdapter(address, cityOnly).create();
    try (Client client = new Client(classes, applications)) {
      client.server.replyJson(200, "{\"fullName\":\"Sven\",\"address\":\"Lund\"}");

      Object person = client.send("{\"fullName\":\"Anna\",\"address\":\"Malmö\"}");

      assertThat(client.server.take().body())
          .isEqualTo("{\"fullName\":\"Anna\",\"address\":\"a city\"}");
      assertThat(person.toString())
          .isEqualTo("Person[fullName=Sven, address=Address[city=town Lund]]");
    }
  }

  @Test
  void aGsonWithANamingPolicyReadsAsItWouldWithoutGeneratedAdapters() throws Exception {
    Gson naming =
        new GsonBuilder().setFieldNamingPolicy(FieldNamingPolicy.UPPER_CAMEL_CASE).create();
    try (Client client = new Client(naming)) {
      client.server.replyJson(200, "{\"FullName\":\"Sven\",\"Address\":{\"City\":\"Lund\"}}");

      Object person = client.send("{\"FullName\":\"Anna\"}");

      assertThat(client.server.take().body()).isEqualTo("{\"FullName\":\"Anna\"}");
      assertThat(person.toString()).isEqualTo("Person[fullName=Sven, address=Address[city=Lund]]");
    }
  }

  /** {@code PersonApi} compiled and called through a client on a local server. */
  private static final class Client implements AutoCloseable {
    final RecordingServer server = new RecordingServer();
    final BisnodeClient client;
    final Object api;
    final Class<?> person;
    final Gson gson;

    Client(Gson gson) throws IOException {
      this(new CompiledClasses(compileBesideOtherAnnotations(PERSON_API)), gson);
    }

    Client(CompiledClasses classes, Gson gson) throws IOException {
      this.gson = gson;
      this.client =
          BisnodeClient.builder()
              .credentials("id", "secret")
              .tokenUrl(server.url("/token"))
              .baseUrl(server.url("/api"))
              .gson(gson)
              .build();
      this.api = client.create(classes.load("p.PersonApi"));
      this.person = classes.load("p.PersonApi$Person");
    }

    Object send(String personJson) throws Exception {
      Method send = api.getClass().getMethod("send", person);
      return send.invoke(api, gson.fromJson(personJson, person));
    }

    @Override
    public void close() {
      client.close();
      server.close();
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** A source file of one type, its package declared from its name. */
  private record JsonFile(String name, String... lines) {
    JavaFileObject source() {
      String[] all = new String[lines.length + 1];
      all[0] = "package " + name.substring(0, name.lastIndexOf('.')) + ";";
      System.arraycopy(lines, 0, all, 1, lines.length);
      return Compilations.source(name, all);
    }
  }

  /** The adapters of {@code Edge} and {@code Edge.Inner}, from the accesses written for them. */
  private static RecordAdapters edgeAdapters(CompiledClasses classes)
      throws ReflectiveOperationException {
    List<RecordAccess<?>> accesses = new ArrayList<>();
    for (String name : List.of("p.BisnodeJson_Edge", "p.BisnodeJson_Edge_Inner")) {
      accesses.add((RecordAccess<?>) classes.load(name).getField("ACCESS").get(null));
    }
    return new RecordAdapters(accesses.toArray(new RecordAccess<?>[0]));
  }

  private static String generatedSource(Compilation compilation, String name) {
    try {
      return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The value, or the exception's class and its cause's. */
  private static String outcome(Callable<String> decode) {
    try {
      return decode.call();
    } catch (Exception e) {
      Throwable cause = e.getCause();
      return e.getClass().getName()
          + (cause == null ? "" : " caused by " + cause.getClass().getName());
    }
  }
}
