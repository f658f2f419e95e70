package io.github.bisnodeclient.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.bisnodeclient.processor.Compilations.api;
import static io.github.bisnodeclient.processor.Compilations.compile;
import static io.github.bisnodeclient.processor.Compilations.compileWith;
import static io.github.bisnodeclient.processor.Compilations.person;
import static io.github.bisnodeclient.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The shape of generated clients: golden files for the whole, one check per feature. */
class GeneratedSourceTest {

  @Test
  void writesTheClientOfThePersonSearchApiExactly() {
    JavaFileObject api =
        source(
            "p.PersonSearchApi",
            "package p;",
            "import io.github.bisnodeclient.annotations.*;",
            "import java.util.List;",
            "import java.util.Optional;",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com/consumerintelligence/person/v2\")",
            "public interface PersonSearchApi {",
            "  @Get(\"/person/search\")",
            "  PersonSearchResult search(@Query(\"firstName\") String firstName,",
            "                            @Query(\"familyName\") String familyName);",
            "  @Get(\"/persons/{gedi}\")",
            "  Optional<Person> byGedi(@Path(\"gedi\") String gedi);",
            "  @Post(\"/x\")",
            "  @Header(\"Accept: application/pdf\")",
            "  List<Person> list();",
            "}");
    JavaFileObject result =
        source("p.PersonSearchResult", "package p;", "public record PersonSearchResult() {}");
    Compilation compilation = compile(api, result, person());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("p.BisnodePersonSearchApi")
        .hasSourceEquivalentTo(
            source(
                "p.BisnodePersonSearchApi",
                "package p;",
                "",
                "import io.github.bisnodeclient.runtime.BisnodeClient;",
                "import io.github.bisnodeclient.runtime.internal.ApiTarget;",
                "import io.github.bisnodeclient.runtime.internal.Endpoint;",
                "import io.github.bisnodeclient.runtime.internal.Returns;",
                "import io.github.bisnodeclient.runtime.internal.Types;",
                "import java.util.List;",
                "import java.util.Optional;",
                "import javax.annotation.processing.Generated;",
                "",
                "@Generated(\"io.github.bisnodeclient.processor.BisnodeApiProcessor\")",
                "public final class BisnodePersonSearchApi implements PersonSearchApi {",
                "  private static final Endpoint<PersonSearchResult> SEARCH = Endpoint.get(",
                "      \"PersonSearchApi.search\", \"/person/search\",",
                "      Returns.<PersonSearchResult>json(PersonSearchResult.class));",
                "  private static final Endpoint<Optional<Person>> BY_GEDI = Endpoint.get(",
                "      \"PersonSearchApi.byGedi\", \"/persons/{gedi}\",",
                "      Returns.<Person>optional(Person.class));",
                "  private static final Endpoint<List<Person>> LIST = Endpoint.post(",
                "      \"PersonSearchApi.list\", \"/x\",",
                "      Returns.<List<Person>>json(Types.parameterized(List.class, Person.class)))",
                "      .withHeader(\"Accept\", \"application/pdf\");",
                "",
                "  private final ApiTarget target;",
                "",
                "  public BisnodePersonSearchApi(BisnodeClient client) {",
                "    this.target = ApiTarget.of(client, PersonSearchApi.class,",
                "        \"https://api.bisnode.com/consumerintelligence/person/v2\", \"bci\",",
                "        BisnodeJson_PersonSearchResult.ACCESS, BisnodeJson_Person.ACCESS);",
                "  }",
                "",
                "  @Override",
                "  public PersonSearchResult search(String firstName, String familyName) {",
                "    return target.request(SEARCH)",
                "        .query(\"firstName\", firstName)",
                "        .query(\"familyName\", familyName)",
                "        .execute();",
                "  }",
                "",
                "  @Override",
                "  public Optional<Person> byGedi(String gedi) {",
                "    return target.request(BY_GEDI).path(\"gedi\", gedi).execute();",
                "  }",
                "",
                "  @Override",
                "  public List<Person> list() {",
                "    return target.request(LIST).execute();",
                "  }",
                "}"));
    assertThat(compilation)
        .generatedSourceFile("p.BisnodeJson_Person")
        .hasSourceEquivalentTo(
            source(
                "p.BisnodeJson_Person",
                "package p;",
                "",
                "import io.github.bisnodeclient.runtime.internal.RecordAccess;",
                "import javax.annotation.processing.Generated;",
                "import org.jspecify.annotations.Nullable;",
                "",
                "@Generated(\"io.github.bisnodeclient.processor.BisnodeApiProcessor\")",
                "public final class BisnodeJson_Person extends RecordAccess<Person> {",
                "  public static final BisnodeJson_Person ACCESS = new BisnodeJson_Person();",
                "",
                "  private BisnodeJson_Person() {",
                "    super(Person.class, component(\"name\", String.class),",
                "        component(\"age\", int.class));",
                "  }",
                "",
                "  @Override",
                "  protected Person create(Object[] values) {",
                "    return new Person((String) values[0], (int) values[1]);",
                "  }",
                "",
                "  @Override",
                "  protected @Nullable Object component(Person value, int index) {",
                "    return switch (index) {",
                "      case 0 -> value.name();",
                "      default -> value.age();",
                "    };",
                "  }",
                "}"));
  }

  @Test
  void writesAMethodsOwnTimeoutInMilliseconds() {
    JavaFileObject api =
        source(
            "p.Reports",
            "package p;",
            "import io.github.bisnodeclient.annotations.*;",
            "import java.util.concurrent.TimeUnit;",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com/credit\")",
            "public interface Reports {",
            "  @Post(\"/reports\") @Timeout(value = 2, unit = TimeUnit.MINUTES)",
            "  String report(@Body String request);",
            "  @Get(\"/quick\") @Timeout(3) String quick();",
            "}");
    Compilation compilation = compile(api);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("p.BisnodeReports")
        .contentsAsUtf8String()
        .contains(".withTimeout(120000L)");
    assertThat(compilation)
        .generatedSourceFile("p.BisnodeReports")
        .contentsAsUtf8String()
        .contains(".withTimeout(3000L)");
  }

  @Test
  void writesANestedInheritingOverloadedAsyncApiExactly() {
    JavaFileObject api =
        source(
            "p.Outer",
            "package p;",
            "import io.github.bisnodeclient.annotations.*;",
            "import io.github.bisnodeclient.runtime.BisnodeResponse;",
            "import java.util.*;",
            "import java.util.concurrent.CompletableFuture;",
            "public class Outer {",
            "  public interface Crud<T> {",
            "    @Get(\"/items/{id}\") T get(@Path(\"id\") String id);",
            "  }",
            "  @BisnodeApi(baseUrl = \"http://localhost:8080/credit\", scope = \"credit_data_companies\")",
            "  @Header(\"X-Client: test\")",
            "  @Header(\"X-Version: 2\")",
            "  public interface Companies extends Crud<Map<String, List<? extends Person>>> {",
            "    @Post(\"/companies/{country}\") @Header(\"Accept: application/pdf\")",
            "    CompletableFuture<BisnodeResponse<byte[]>> report(@Path(\"country\") String country,",
            "        @Body Person query, @Header(\"X-Request-Id\") UUID requestId);",
            "    @Get(\"/companies\") void search(@QueryMap Map<String, ?> params);",
            "    @Get(\"/companies\") int search(@Query(\"name\") String name);",
            "    @Get(\"/companies/{target}\") long[] count(@Path(\"target\") String target);",
            "  }",
            "}");
    Compilation compilation = compile(api, person());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("p.BisnodeOuter_Companies")
        .hasSourceEquivalentTo(
            source(
                "p.BisnodeOuter_Companies",
                "package p;",
                "",
                "import io.github.bisnodeclient.runtime.BisnodeClient;",
                "import io.github.bisnodeclient.runtime.BisnodeResponse;",
                "import io.github.bisnodeclient.runtime.internal.ApiTarget;",
                "import io.github.bisnodeclient.runtime.internal.Endpoint;",
                "import io.github.bisnodeclient.runtime.internal.Returns;",
                "import io.github.bisnodeclient.runtime.internal.Types;",
                "import java.util.List;",
                "import java.util.Map;",
                "import java.util.UUID;",
                "import java.util.concurrent.CompletableFuture;",
                "import javax.annotation.processing.Generated;",
                "",
                "@Generated(\"io.github.bisnodeclient.processor.BisnodeApiProcessor\")",
                "public final class BisnodeOuter_Companies implements Outer.Companies {",
                "  private static final Endpoint<BisnodeResponse<byte[]>> REPORT = Endpoint.post(",
                "      \"Outer.Companies.report\", \"/companies/{country}\",",
                "      Returns.<byte[]>response(byte[].class))",
                "      .withHeader(\"X-Client\", \"test\")",
                "      .withHeader(\"X-Version\", \"2\")",
                "      .withHeader(\"Accept\", \"application/pdf\");",
                "  private static final Endpoint<Void> SEARCH = Endpoint.get(",
                "      \"Outer.Companies.search\", \"/companies\", Returns.none())",
                "      .withHeader(\"X-Client\", \"test\")",
                "      .withHeader(\"X-Version\", \"2\");",
                "  private static final Endpoint<Integer> SEARCH_2 = Endpoint.get(",
                "      \"Outer.Companies.search\", \"/companies\", Returns.<Integer>json(Integer.class))",
                "      .withHeader(\"X-Client\", \"test\")",
                "      .withHeader(\"X-Version\", \"2\");",
                "  private static final Endpoint<long[]> COUNT = Endpoint.get(",
                "      \"Outer.Companies.count\", \"/companies/{target}\",",
                "      Returns.<long[]>json(long[].class))",
                "      .withHeader(\"X-Client\", \"test\")",
                "      .withHeader(\"X-Version\", \"2\");",
                "  private static final Endpoint<Map<String, List<? extends Person>>> GET =",
                "      Endpoint.get(\"Outer.Crud.get\", \"/items/{id}\",",
                "          Returns.<Map<String, List<? extends Person>>>json(Types.parameterized(",
                "              Map.class, String.class,",
                "              Types.parameterized(List.class, Types.subtypeOf(Person.class)))))",
                "      .withHeader(\"X-Client\", \"test\")",
                "      .withHeader(\"X-Version\", \"2\");",
                "",
                "  private final ApiTarget target;",
                "",
                "  public BisnodeOuter_Companies(BisnodeClient client) {",
                "    this.target = ApiTarget.of(client, Outer.Companies.class,",
                "        \"http://localhost:8080/credit\", \"credit_data_companies\",",
                "        BisnodeJson_Person.ACCESS);",
                "  }",
                "",
                "  @Override",
                "  public CompletableFuture<BisnodeResponse<byte[]>> report(String country,",
                "      Person query, UUID requestId) {",
                "    return target.request(REPORT)",
                "        .path(\"country\", country)",
                "        .body(query)",
                "        .header(\"X-Request-Id\", requestId)",
                "        .executeAsync();",
                "  }",
                "",
                "  @Override",
                "  public void search(Map<String, ?> params) {",
                "    target.request(SEARCH).queryMap(params).execute();",
                "  }",
                "",
                "  @Override",
                "  public int search(String name) {",
                "    return target.request(SEARCH_2).query(\"name\", name).execute();",
                "  }",
                "",
                "  @Override",
                "  public long[] count(String target) {",
                "    return this.target.request(COUNT).path(\"target\", target).execute();",
                "  }",
                "",
                "  @Override",
                "  public Map<String, List<? extends Person>> get(String id) {",
                "    return target.request(GET).path(\"id\", id).execute();",
                "  }",
                "}"));
  }

  @Test
  void writesPutDeletePatchAndIdempotentEndpointsExactly() {
    JavaFileObject api =
        source(
            "p.PortfolioApi",
            "package p;",
            "import io.github.bisnodeclient.annotations.*;",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com/monitoring/v1\", scope = \"mon\")",
            "@Header(\"Accept: application/json\")",
            "@Header(\"X-Client: test\")",
            "public interface PortfolioApi {",
            "  @Put(\"/portfolio/{id}\") Person watch(@Path(\"id\") String id, @Body Person p);",
            "  @Delete(\"/portfolio\") void unwatch(@Body Person person);",
            "  @Patch(\"/portfolio/{id}\") @Header(\"accept: application/pdf\")",
            "  byte[] patch(@Path(\"id\") String id, @Body Person person);",
            "  @Post(\"/companies\") @Idempotent String search(@Body Person query);",
            "  @Idempotent @Patch(\"/touch\") void touch();",
            "}");
    Compilation compilation = compile(api, person());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("p.BisnodePortfolioApi")
        .hasSourceEquivalentTo(
            source(
                "p.BisnodePortfolioApi",
                "package p;",
                "",
                "import io.github.bisnodeclient.runtime.BisnodeClient;",
                "import io.github.bisnodeclient.runtime.internal.ApiTarget;",
                "import io.github.bisnodeclient.runtime.internal.Endpoint;",
                "import io.github.bisnodeclient.runtime.internal.Returns;",
                "import javax.annotation.processing.Generated;",
                "",
                "@Generated(\"io.github.bisnodeclient.processor.BisnodeApiProcessor\")",
                "public final class BisnodePortfolioApi implements PortfolioApi {",
                "  private static final Endpoint<Person> WATCH = Endpoint.put(",
                "      \"PortfolioApi.watch\", \"/portfolio/{id}\", Returns.<Person>json(Person.class))",
                "      .withHeader(\"Accept\", \"application/json\")",
                "      .withHeader(\"X-Client\", \"test\");",
                "  private static final Endpoint<Void> UNWATCH = Endpoint.delete(",
                "      \"PortfolioApi.unwatch\", \"/portfolio\", Returns.none())",
                "      .withHeader(\"Accept\", \"application/json\")",
                "      .withHeader(\"X-Client\", \"test\");",
                "  private static final Endpoint<byte[]> PATCH = Endpoint.patch(",
                "      \"PortfolioApi.patch\", \"/portfolio/{id}\", Returns.bytes())",
                "      .withHeader(\"X-Client\", \"test\")",
                "      .withHeader(\"accept\", \"application/pdf\");",
                "  private static final Endpoint<String> SEARCH = Endpoint.post(",
                "      \"PortfolioApi.search\", \"/companies\", Returns.string())",
                "      .withHeader(\"Accept\", \"application/json\")",
                "      .withHeader(\"X-Client\", \"test\")",
                "      .idempotent();",
                "  private static final Endpoint<Void> TOUCH = Endpoint.patch(",
                "      \"PortfolioApi.touch\", \"/touch\", Returns.none())",
                "      .withHeader(\"Accept\", \"application/json\")",
                "      .withHeader(\"X-Client\", \"test\")",
                "      .idempotent();",
                "",
                "  private final ApiTarget target;",
                "",
                "  public BisnodePortfolioApi(BisnodeClient client) {",
                "    this.target = ApiTarget.of(client, PortfolioApi.class,",
                "        \"https://api.bisnode.com/monitoring/v1\", \"mon\", BisnodeJson_Person.ACCESS);",
                "  }",
                "",
                "  @Override",
                "  public Person watch(String id, Person p) {",
                "    return target.request(WATCH).path(\"id\", id).body(p).execute();",
                "  }",
                "",
                "  @Override",
                "  public void unwatch(Person person) {",
                "    target.request(UNWATCH).body(person).execute();",
                "  }",
                "",
                "  @Override",
                "  public byte[] patch(String id, Person person) {",
                "    return target.request(PATCH).path(\"id\", id).body(person).execute();",
                "  }",
                "",
                "  @Override",
                "  public String search(Person query) {",
                "    return target.request(SEARCH).body(query).execute();",
                "  }",
                "",
                "  @Override",
                "  public void touch() {",
                "    target.request(TOUCH).execute();",
                "  }",
                "}"));
  }

  @Test
  void namesConstantsInUpperSnakeCaseAndNumbersOverloads() {
    assertThat(ClientWriter.upperSnake("byGedi")).isEqualTo("BY_GEDI");
    assertThat(ClientWriter.upperSnake("search")).isEqualTo("SEARCH");
    assertThat(ClientWriter.upperSnake("creditReportPDF")).isEqualTo("CREDIT_REPORT_PDF");
    assertThat(ClientWriter.upperSnake("getURLForId")).isEqualTo("GET_URL_FOR_ID");
    assertThat(ClientWriter.upperSnake("find2Persons")).isEqualTo("FIND2_PERSONS");
    assertThat(ClientWriter.upperSnake("v3Search")).isEqualTo("V3_SEARCH");
  }

  @Test
  void qualifiesAConstantThatAParameterHides() {
    Compilation compilation =
        compile(
            api(
                "Companies",
                "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
                "public interface Companies {",
                "  @Get(\"/x\") String get(@Query(\"GET\") String GET);",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("p.BisnodeCompanies")
        .contentsAsUtf8String()
        .contains("return target.request(BisnodeCompanies.GET).query(\"GET\", GET).execute();");
  }

  @Test
  void avoidsClashesWithTypesNestedInTheInterface() {
    Compilation compilation =
        compile(
            api(
                "Companies",
                "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
                "public interface Companies {",
                "  class Endpoint {}",
                "  record Types(String name) {}",
                "  @Get(\"/x\") List<Types> get();",
                "  @Get(\"/x\") Endpoint endpoint();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("p.BisnodeCompanies")
        .contentsAsUtf8String()
        .contains(
            "io.github.bisnodeclient.runtime.internal.Types.parameterized(List.class,"
                + " Companies.Types.class)");
  }

  @Test
  void marksTheImplementationOfADeprecatedMethodDeprecatedToo() {
    Compilation compilation =
        compile(
            api(
                "Companies",
                "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
                "public interface Companies {",
                "  /** @deprecated use v2 */",
                "  @Deprecated @Get(\"/x\") String old();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("p.BisnodeCompanies")
        .contentsAsUtf8String()
        .contains("@Deprecated");
  }

  @Test
  void deprecatesTheImplementationOfADeprecatedInterfaceSoThatItDoesNotWarn() {
    Compilation compilation =
        compile(
            api(
                "Companies",
                "/** @deprecated use v2 */",
                "@Deprecated",
                "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
                "public interface Companies {",
                "  @Get(\"/x\") String get();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "p.BisnodeCompanies"))
        .contains("@Deprecated\npublic final class BisnodeCompanies");
  }

  @Test
  void doesNotWarnAboutDeprecatedTypesTheInterfaceAccepted() {
    Compilation compilation =
        compile(
            source(
                "p.Old",
                "package p;",
                "/** @deprecated use Person */",
                "@Deprecated public record Old(String name) {}"),
            api(
                "Companies",
                "@SuppressWarnings(\"deprecation\")",
                "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
                "public interface Companies {",
                "  @Post(\"/x\") List<? extends Old> find(@Body Old query);",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "p.BisnodeCompanies"))
        .contains("@SuppressWarnings(\"deprecation\")");
  }

  @Test
  void skipsObjectMethodsRedeclaredInTheInterface() {
    Compilation compilation =
        compile(
            api(
                "Companies",
                "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
                "public interface Companies {",
                "  @Get(\"/x\") String get();",
                "  String toString();",
                "  boolean equals(Object other);",
                "  int hashCode();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("p.BisnodeCompanies")
        .contentsAsUtf8String()
        .doesNotContain("toString");
  }

  @Test
  void implementsAnAbstractRedeclarationOnceAndLeavesAnInheritedDefaultAlone() {
    Compilation compilation =
        compile(
            api(
                "Companies",
                "interface A { @Get(\"/a\") String get(); default String name() { return \"a\"; } }",
                "interface B extends A { @Override @Get(\"/b\") String get(); }",
                "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
                "public interface Companies extends B {}"));
    assertThat(compilation).succeededWithoutWarnings();
    String generated = generated(compilation, "p.BisnodeCompanies");
    assertThat(generated).contains("Endpoint.get(\"B.get\", \"/b\"");
    assertThat(generated).doesNotContain("\"/a\"");
    assertThat(generated).doesNotContain("name()");
  }

  @Test
  void setsTheInterfaceAsTheOnlyOriginatingElement() {
    List<WrappedEnvironment.Created> created = new ArrayList<>();
    Compilation compilation =
        compileWith(
            WrappedEnvironment.processor(false, created),
            api(
                "Companies",
                "interface Base { @Get(\"/b\") String base(); }",
                "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
                "public interface Companies extends Base {",
                "  @Get(\"/x\") String get();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(created).hasSize(1);
    assertThat(created.get(0).name()).isEqualTo("p.BisnodeCompanies");
    assertThat(created.get(0).originatingElements().stream().map(Object::toString).toList())
        .containsExactly("p.Companies");
  }

  @Test
  void waitsForAModelTypeThatAnotherProcessorGeneratesInALaterRound() {
    JavaFileObject api =
        api(
            "Companies",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "public interface Companies {",
            "  @Get(\"/x\") Optional<Company> get();",
            "}");
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(new BisnodeApiProcessor(), new CompanyGenerator())
            .withOptions("-Xlint:all", "-Werror")
            .compile(
                api,
                source("p.MakeCompany", "package p;", "public @interface MakeCompany {}"),
                source("p.Marker", "package p;", "@MakeCompany class Marker {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "p.BisnodeCompanies"))
        .contains("Returns.<Company>optional(Company.class)");
  }

  /**
   * Writes {@code p.Company} in the first round when it sees {@code @MakeCompany}, as AutoValue or
   * Immutables write model types.
   */
  private static final class CompanyGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("p.MakeCompany");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (var writer = processingEnv.getFiler().createSourceFile("p.Company").openWriter()) {
          writer.write("package p; public record Company(String name) {}");
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      }
      return true;
    }
  }

  static String generated(Compilation compilation, String name) {
    try {
      return compilation
          .generatedSourceFile(name)
          .orElseThrow(() -> new AssertionError("no " + name))
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
