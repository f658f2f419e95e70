package io.github.bisnodeclient.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.bisnodeclient.processor.Compilations.api;
import static io.github.bisnodeclient.processor.Compilations.assertOneErrorAt;
import static io.github.bisnodeclient.processor.Compilations.compile;
import static io.github.bisnodeclient.processor.Compilations.person;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Misuse on a parameter: bindings, names and types. */
class ParameterErrorsTest {

  private static JavaFileObject companies(String... members) {
    String[] lines = new String[members.length + 3];
    lines[0] = "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")";
    lines[1] = "public interface Companies {";
    System.arraycopy(members, 0, lines, 2, members.length);
    lines[lines.length - 1] = "}";
    return api("Companies", lines);
  }

  @Test
  void refusesAParameterWithoutABindingAnnotation() {
    JavaFileObject file =
        companies("  @Get(\"/x\") String search(@Query(\"q\") String q, int limit);");
    assertOneErrorAt(
        compile(file),
        file,
        "Parameter limit of search() has no binding annotation; use one of @Path, @Query,"
            + " @QueryMap, @Header or @Body",
        "search(",
        "limit");
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @Path("id")     | @Query("id")       | @Path | @Query | @Query(
          @Query("id")    | @Header("X-Id")    | @Query | @Header | @Header(
          @Body           | @QueryMap          | @Body | @QueryMap | @QueryMap
          @Header("X-Id") | @Path("id")        | @Header | @Path | @Path(
          """)
  void refusesAParameterWithTwoBindingAnnotationsOnTheSecond(
      String first, String second, String firstName, String secondName, String column) {
    JavaFileObject file =
        companies(
            "  @Post(\"/x/{id}\") String find(@Path(\"id\") String key,",
            "      " + first + " " + second + " Map<String, String> value);");
    assertOneErrorAt(
        compile(file),
        file,
        "Parameter value has both " + firstName + " and " + secondName + "; use exactly one",
        "Map<String, String> value",
        column);
  }

  @Test
  void refusesABodyOnAGet() {
    JavaFileObject file =
        companies("  @Get(\"/companies\") String search(@Body Map<String, String> query);");
    assertOneErrorAt(
        compile(file),
        file,
        "@Body is not allowed on a @Get method; found @Body query in search(); send a body with"
            + " @Post, @Put, @Patch or @Delete",
        "search(",
        "@Body");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"@Post", "@Put", "@Patch", "@Delete"})
  void acceptsABodyOnEveryVerbButGet(String verb) {
    JavaFileObject file =
        companies("  " + verb + "(\"/companies\") void change(@Body Map<String, String> body);");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void refusesASecondBodyParameter() {
    JavaFileObject file =
        companies(
            "  @Post(\"/companies\") String search(@Body Map<String, String> query,",
            "      @Body String extra);");
    assertOneErrorAt(
        compile(file),
        file,
        "Only one @Body parameter is allowed; found query and extra",
        "@Body String extra",
        "@Body");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          String                      | java.lang.String
          Map                         | java.util.Map
          Map<Integer, String>        | java.util.Map<java.lang.Integer,java.lang.String>
          Map<Object, String>         | java.util.Map<java.lang.Object,java.lang.String>
          Map<String, Person>         | java.util.Map<java.lang.String,p.Person>
          Map<String, ? super String> | java.util.Map<java.lang.String,? super java.lang.String>
          Map<String, List<Person>>   | java.util.Map<java.lang.String,java.util.List<p.Person>>
          List<String>                | java.util.List<java.lang.String>
          """)
  void refusesAQueryMapThatIsNotAMapWithStringKeys(String type, String found) {
    JavaFileObject file =
        companies("  @Get(\"/companies\") String search(@QueryMap " + type + " params);");
    assertOneErrorAt(
        compile(file, person()),
        file,
        "@QueryMap parameter params must be a Map<String, ?>; found "
            + found
            + "; keys are query names and values are String, CharSequence",
        "search(",
        "@QueryMap");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          ''          => must not be empty
          'X-Id\\r'   => must not contain CR or LF
          'X-Id\\n'   => must not contain CR or LF
          'X-Id: 1'   => must not contain a colon; on a parameter, @Header names the header and the argument is its value
          'X Id'      => must be an HTTP token: letters, digits and !#$%&'*+-.^_`|~
          """)
  void refusesAnInvalidHeaderNameOnAParameter(String name, String problem) {
    JavaFileObject file =
        companies("  @Get(\"/x\") String get(@Header(\"" + name + "\") String value);");
    assertOneErrorAt(
        compile(file),
        file,
        "@Header name " + problem + "; found @Header(",
        "String get(",
        "\"" + name + "\")");
  }

  @Test
  void refusesAPathParameterWithoutItsPlaceholder() {
    JavaFileObject file =
        companies(
            "  @Get(\"/companies/{country}\") String get(@Path(\"country\") String country,",
            "      @Path(\"id\") String id);");
    assertOneErrorAt(
        compile(file),
        file,
        "@Path(\"id\") has no {id} in \"/companies/{country}\"; placeholders there: {country}",
        "@Path(\"id\")",
        "\"id\"");
  }

  @Test
  void refusesAPathParameterOnATemplateWithoutPlaceholders() {
    JavaFileObject file = companies("  @Get(\"/companies\") String get(@Path(\"id\") String id);");
    assertOneErrorAt(
        compile(file),
        file,
        "@Path(\"id\") has no {id} in \"/companies\"; placeholders there: none",
        "String get(",
        "\"id\"");
  }

  @Test
  void refusesTwoPathParametersForOnePlaceholder() {
    JavaFileObject file =
        companies(
            "  @Get(\"/companies/{id}\") String get(@Path(\"id\") String id,",
            "      @Path(\"id\") String again);");
    assertOneErrorAt(
        compile(file),
        file,
        "@Path(\"id\") is bound twice: parameters id and again both fill {id}; keep one",
        "String again",
        "\"id\"");
  }

  @Test
  void refusesAnEmptyQueryName() {
    JavaFileObject file = companies("  @Get(\"/x\") String get(@Query(\"\") String q);");
    assertOneErrorAt(
        compile(file),
        file,
        "@Query name must not be empty; found @Query(\"\") on q",
        "String get(",
        "\"\")");
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @Path("id")     | Person               | p.Person
          @Path("id")     | Object               | java.lang.Object
          @Path("id")     | Map<String, String>  | java.util.Map<java.lang.String,java.lang.String>
          @Path("id")     | List<String>         | java.util.List<java.lang.String>
          @Path("id")     | Optional<String>     | java.util.Optional<java.lang.String>
          @Path("id")     | String[]             | java.lang.String[]
          @Header("X-Id") | Person               | p.Person
          @Header("X-Id") | Object               | java.lang.Object
          @Header("X-Id") | List<String>         | java.util.List<java.lang.String>
          @Header("X-Id") | java.util.Date       | java.util.Date
          """)
  void refusesAPathOrHeaderParameterWithoutATextForm(String binding, String type, String found) {
    // a header parameter needs no placeholder; a template with one would add an error
    String template = binding.startsWith("@Path") ? "/x/{id}" : "/x";
    JavaFileObject file =
        companies(
            "  @Get(\"" + template + "\") String get(",
            "      " + binding + " " + type + " value);");
    String annotation = binding.substring(0, binding.indexOf('('));
    assertOneErrorAt(
        compile(file, person()),
        file,
        annotation
            + " parameter value has type "
            + found
            + ", which has no text form; allowed are String, CharSequence, primitives and their"
            + " boxes, enums, LocalDate and UUID",
        " value);",
        "value);");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Person                  | p.Person
          Object                  | java.lang.Object
          Map<String, String>     | java.util.Map<java.lang.String,java.lang.String>
          List<Person>            | java.util.List<p.Person>
          List<?>                 | java.util.List<?>
          List                    | java.util.List
          Optional<Person>        | java.util.Optional<p.Person>
          Optional<List<String>>  | java.util.Optional<java.util.List<java.lang.String>>
          List<List<String>>      | java.util.List<java.util.List<java.lang.String>>
          Person[]                | p.Person[]
          """)
  void refusesAQueryParameterWithoutATextForm(String type, String found) {
    JavaFileObject file = companies("  @Get(\"/x\") String get(@Query(\"q\") " + type + " value);");
    assertOneErrorAt(
        compile(file, person()),
        file,
        "@Query parameter value has type "
            + found
            + ", which has no text form; allowed are String, CharSequence, primitives and their"
            + " boxes, enums, LocalDate and UUID, or an Iterable (Collection, List, Set), array or"
            + " Optional of those",
        "String get(",
        "value);");
  }

  @Test
  void acceptsEveryTextTypeForPathHeaderAndQuery() {
    JavaFileObject file =
        companies(
            "  enum Country { SE, NO }",
            "  @Get(\"/x/{a}/{b}/{c}/{d}/{e}/{f}/{g}/{h}\") String path(@Path(\"a\") String a,",
            "      @Path(\"b\") CharSequence b, @Path(\"c\") int c, @Path(\"d\") Long d,",
            "      @Path(\"e\") Country e, @Path(\"f\") LocalDate f, @Path(\"g\") UUID g,",
            "      @Path(\"h\") StringBuilder h);",
            "  @Get(\"/x\") String header(@Header(\"A\") boolean a, @Header(\"B\") Character b,",
            "      @Header(\"C\") double c, @Header(\"D\") Country d);",
            "  @Get(\"/x\") String query(@Query(\"a\") List<String> a, @Query(\"b\") Set<Country> b,",
            "      @Query(\"c\") Collection<Integer> c, @Query(\"d\") Iterable<UUID> d,",
            "      @Query(\"e\") int[] e, @Query(\"f\") LocalDate[] f, @Query(\"g\") Optional<String> g,",
            "      @Query(\"h\") List<? extends CharSequence> h, @Query(\"i\") ArrayList<Long> i,",
            "      @Query(\"j\") String... j);",
            "  @Get(\"/x\") String map(@QueryMap Map<String, ?> a, @QueryMap Map<String, Object> b,",
            "      @QueryMap HashMap<String, List<String>> c, @QueryMap Map<String, ? extends CharSequence> d);");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @Path("id")     | String            | default | @Path
          @Query("q")     | String            | static  | @Query
          @QueryMap       | Map<String, ?>    | default | @QueryMap
          @Header("X-Id") | String            | private | @Header
          @Body           | Object            | static  | @Body
          """)
  void refusesOurBindingOnAParameterOfAMethodWithABodyOnTheAnnotation(
      String binding, String type, String modifier, String annotation) {
    JavaFileObject file =
        companies(
            "  @Get(\"/ok\") String get();",
            "  " + modifier + " String local(int count,",
            "      " + binding + " " + type + " value) { return \"\"; }");
    assertOneErrorAt(
        compile(file),
        file,
        annotation
            + " on parameter value of the "
            + modifier
            + " method local() has no effect: only abstract methods are sent as requests; remove"
            + " the annotation, or the "
            + modifier
            + " modifier and the method body",
        " value)",
        annotation);
  }
}
