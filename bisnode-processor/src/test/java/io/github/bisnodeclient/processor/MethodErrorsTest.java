package io.github.bisnodeclient.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.bisnodeclient.processor.Compilations.api;
import static io.github.bisnodeclient.processor.Compilations.assertErrorAt;
import static io.github.bisnodeclient.processor.Compilations.assertOneErrorAt;
import static io.github.bisnodeclient.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Misuse on a method: verbs, type parameters, path templates and fixed headers. */
class MethodErrorsTest {

  private static JavaFileObject companies(String... members) {
    String[] lines = new String[members.length + 3];
    lines[0] = "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")";
    lines[1] = "public interface Companies {";
    System.arraycopy(members, 0, lines, 2, members.length);
    lines[lines.length - 1] = "}";
    return api("Companies", lines);
  }

  @Test
  void refusesAnAbstractMethodWithoutGetOrPost() {
    JavaFileObject file = companies("  String search(@Query(\"q\") String q);");
    assertOneErrorAt(
        compile(file),
        file,
        "search() has no @Get, @Post, @Put, @Delete or @Patch; every abstract method of a"
            + " @BisnodeApi interface needs exactly one (default and static methods are left alone)",
        "String search(",
        "search");
  }

  @Test
  void refusesAnInheritedMethodWithoutGetOrPostOnTheSuperInterface() {
    JavaFileObject file =
        api(
            "Companies",
            "interface Base {",
            "  String inherited();",
            "}",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "public interface Companies extends Base {",
            "  @Get(\"/x\") String get();",
            "}");
    assertOneErrorAt(
        compile(file),
        file,
        "inherited() has no @Get, @Post, @Put, @Delete or @Patch",
        "inherited()",
        "inherited");
  }

  @Test
  void refusesAMethodWithBothGetAndPost() {
    JavaFileObject file = companies("  @Get(\"/a\") @Post(\"/b\") String search();");
    assertOneErrorAt(
        compile(file),
        file,
        "search() has both @Get and @Post; use exactly one",
        "String search(",
        "@Post");
  }

  @Test
  void refusesAMethodWithTwoOfTheNewVerbsNamingBoth() {
    JavaFileObject file = companies("  @Put(\"/a\") @Delete(\"/b\") void change();");
    assertOneErrorAt(
        compile(file),
        file,
        "change() has both @Put and @Delete; use exactly one",
        "void change(",
        "@Delete");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @Timeout(0)                                                        | 0
          @Timeout(-5)                                                       | -5000
          @Timeout(value = 999, unit = java.util.concurrent.TimeUnit.MICROSECONDS) | 0
          """)
  void refusesATimeoutUnderOneMillisecondOnTheAnnotation(String timeout, long millis) {
    JavaFileObject file = companies("  @Get(\"/x\")", "  " + timeout, "  String call();");
    assertOneErrorAt(
        compile(file),
        file,
        "@Timeout must be at least 1 millisecond; found " + millis + " ms",
        "@Timeout",
        "@Timeout");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"@Get, String", "@Put, void", "@Delete, void"})
  void refusesIdempotentOnAVerbThatIsAlwaysIdempotent(String verb, String returns) {
    JavaFileObject file =
        companies("  " + verb + "(\"/x\")", "  @Idempotent", "  " + returns + " call();");
    assertOneErrorAt(
        compile(file),
        file,
        "@Idempotent means nothing on a "
            + verb
            + " method: GET, PUT and DELETE are always idempotent and resent after 429, 503 or a"
            + " failed connection; it marks a @Post or @Patch that is safe to resend",
        "@Idempotent",
        "@Idempotent");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @Get("/x") String toString();          | @Get  | toString()
          @Post("/x") int hashCode();            | @Post | hashCode()
          @Delete("/x") boolean equals(Object o); | @Delete | equals()
          """)
  void refusesAVerbOnAnObjectMethodOnTheAnnotation(String member, String verb, String display) {
    JavaFileObject file = companies("  @Get(\"/ok\") String get();", "  " + member);
    assertOneErrorAt(
        compile(file),
        file,
        verb
            + " means nothing on "
            + display
            + ": the generated class inherits toString(), hashCode() and equals(Object) from"
            + " Object and never calls Bisnode for them; rename the method",
        member,
        verb);
  }

  @Test
  void refusesAVerbOnAnObjectMethodOfASuperInterface() {
    JavaFileObject file =
        api(
            "Companies",
            "interface Base {",
            "  @Get(\"/s\") String toString();",
            "}",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "public interface Companies extends Base {}");
    assertOneErrorAt(
        compile(file), file, "@Get means nothing on toString()", "String toString()", "@Get");
  }

  @Test
  void refusesIdempotentOnAnObjectMethod() {
    JavaFileObject file = companies("  @Idempotent String toString();");
    assertOneErrorAt(
        compile(file),
        file,
        "@Idempotent means nothing on toString(): the generated class inherits toString(),"
            + " hashCode() and equals(Object) from Object and never calls Bisnode for them; remove"
            + " it",
        "toString()",
        "@Idempotent");
  }

  @Test
  void refusesATypeParameterisedMethod() {
    JavaFileObject file =
        companies("  @Post(\"/x\") <T extends CharSequence> String echo(@Body T body);");
    assertOneErrorAt(
        compile(file),
        file,
        "echo() must not have type parameters; found <T>; the runtime needs the concrete types",
        "echo(",
        "echo");
  }

  @Test
  void refusesATypeVariableReturnedByATypeParameterisedMethod() {
    JavaFileObject file = companies("  @Get(\"/x\") <T> T get();");
    Compilation compilation = compile(file);
    assertErrorAt(
        compilation, file, "get() must not have type parameters; found <T>", "get()", "get");
    assertErrorAt(
        compilation,
        file,
        "get() returns T, which is not supported: the type variable T does not say what to"
            + " decode",
        "get()",
        "get");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          persons/{id}   | @Get("persons/{id}") must start with "/", as in "/persons/{id}"
          ''             | @Get("") must start with "/", as in "/"
          /persons/{id   | @Get("/persons/{id") has an unbalanced "{" at index 9; placeholders look like {name}
          /p/{a{b}}      | @Get("/p/{a{b}}") has an unbalanced "{" at index 3
          /persons/id}   | @Get("/persons/id}") has an unbalanced "}" at index 11
          /persons/{}    | @Get("/persons/{}") has an empty placeholder {}; name it, as in {id}
          /persons/{1d}  | @Get("/persons/{1d}") has an invalid placeholder name {1d}; a name starts with a letter and has only letters, digits, "_" and "-"
          /p/{a.b}       | @Get("/p/{a.b}") has an invalid placeholder name {a.b}
          /p/{id}/q/{id} | @Get("/p/{id}/q/{id}") has {id} twice; each placeholder may appear only once
          /persons?q=1   | @Get("/persons?q=1") must not contain "?"; add query parameters with @Query or @QueryMap
          /persons#top   | @Get("/persons#top") must not contain "#"
          /per sons      | @Get("/per sons") has " " at index 4, which is not allowed in a URL path; percent-encode it
          /persons/%zz   | @Get("/persons/%zz") has an invalid escape "%zz" at index 9; "%" must be followed by two hex digits
          /persons/%4    | @Get("/persons/%4") has an invalid escape "%4" at index 9
          """)
  void refusesAnInvalidPathTemplateOnTheAnnotationValue(String template, String message) {
    JavaFileObject file = companies("  @Get(\"" + template + "\") String get();");
    assertOneErrorAt(compile(file), file, message, "String get()", "\"" + template);
  }

  @Test
  void refusesAnInvalidPostTemplateNamingPost() {
    JavaFileObject file = companies("  @Post(value = \"companies\") String create();");
    assertOneErrorAt(
        compile(file),
        file,
        "@Post(\"companies\") must start with \"/\"",
        "String create()",
        "\"companies");
  }

  @Test
  void refusesAPlaceholderWithoutAPathParameter() {
    JavaFileObject file =
        companies("  @Get(\"/companies/{country}/{id}\") String get(@Path(\"id\") String id);");
    assertOneErrorAt(
        compile(file),
        file,
        "@Get(\"/companies/{country}/{id}\") has {country} but no @Path(\"country\") parameter;"
            + " add one to get()",
        "String get(",
        "\"/companies");
  }

  @Test
  void refusesAFixedHeaderOnAMethodWithoutAColon() {
    JavaFileObject file =
        companies("  @Get(\"/x\")", "  @Header(\"application/pdf\")", "  String get();");
    assertOneErrorAt(
        compile(file),
        file,
        "@Header(\"application/pdf\") on a method has no colon; a fixed header is written"
            + " \"Name: value\", such as \"Accept: application/pdf\"",
        "@Header(",
        "\"application");
  }

  @Test
  void refusesARepeatedFixedHeaderOnAMethodWithALineBreakAtThatHeader() {
    JavaFileObject file =
        companies(
            "  @Get(\"/x\")",
            "  @Header(\"Accept: application/pdf\")",
            "  @Header(\"X-Trace: 1\\nX-Evil: 2\")",
            "  @Header(\"X-Other: 3\")",
            "  String get();");
    assertOneErrorAt(
        compile(file),
        file,
        "@Header(\"X-Trace: 1\\nX-Evil: 2\") on a method must not contain CR or LF",
        "X-Evil",
        "\"X-Trace");
  }

  @Test
  void refusesAFixedHeaderOnAMethodWithAnEmptyName() {
    JavaFileObject file = companies("  @Get(\"/x\") @Header(\": value\") String get();");
    assertOneErrorAt(
        compile(file),
        file,
        "@Header(\": value\") on a method has the invalid header name \"\"",
        "String get()",
        "\": value");
  }

  @Test
  void leavesDefaultStaticAndPrivateMethodsWithoutOurAnnotationsAlone() {
    JavaFileObject file =
        companies(
            "  @Get(\"/x\") String get();",
            "  default String twice() { return get() + get(); }",
            "  static String name() { return \"companies\"; }",
            "  @Deprecated default String thrice() { return twice() + once(); }",
            "  private String once() { return get(); }");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @Get("/x") default String twice() { return get(); }        | @Get        | default        | modifier  | twice()
          @Post("/x") static String make() { return ""; }           | @Post       | static         | modifier  | make()
          @Put("/x") default void store() {}                         | @Put        | default        | modifier  | store()
          @Delete("/x") private void drop() {}                       | @Delete     | private        | modifier  | drop()
          @Patch("/x") private static void mend() {}                 | @Patch      | private static | modifiers | mend()
          @Idempotent default String again() { return get(); }      | @Idempotent | default        | modifier  | again()
          @Timeout(5) default String slow() { return get(); }       | @Timeout    | default        | modifier  | slow()
          @Timeout(5) static String later() { return ""; }          | @Timeout    | static         | modifier  | later()
          """)
  void refusesOurMethodAnnotationOnAMethodWithABodyOnTheAnnotation(
      String member, String annotation, String modifiers, String noun, String display) {
    JavaFileObject file = companies("  @Get(\"/ok\") String get();", "  " + member);
    assertOneErrorAt(
        compile(file),
        file,
        annotation
            + " on the "
            + modifiers
            + " method "
            + display
            + " has no effect: only abstract methods are sent as requests; remove the annotation,"
            + " or the "
            + modifiers
            + " "
            + noun
            + " and the method body",
        member,
        annotation);
  }

  @Test
  void refusesEachOfSeveralAnnotationsOnADefaultMethod() {
    JavaFileObject file =
        companies(
            "  @Get(\"/ok\") String get();",
            "  @Post(\"/x\")",
            "  @Idempotent",
            "  @Timeout(3)",
            "  default String send() { return get(); }");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    for (String annotation : new String[] {"@Post", "@Idempotent", "@Timeout"}) {
      assertErrorAt(
          compilation,
          file,
          annotation + " on the default method send() has no effect",
          annotation + (annotation.equals("@Post") ? "(" : ""),
          annotation);
    }
  }

  @Test
  void refusesAFixedHeaderOnADefaultMethodOnItsText() {
    JavaFileObject file =
        companies(
            "  @Get(\"/ok\") String get();",
            "  @Header(\"Accept: application/pdf\")",
            "  default String pdf() { return get(); }");
    assertOneErrorAt(
        compile(file),
        file,
        "@Header on the default method pdf() has no effect: only abstract methods are sent as"
            + " requests; remove the annotation, or the default modifier and the method body",
        "@Header(",
        "\"Accept");
  }

  @Test
  void refusesEachRepeatedFixedHeaderOnAStaticMethodOnItsText() {
    JavaFileObject file =
        companies(
            "  @Get(\"/ok\") String get();",
            "  @Header(\"Accept: application/pdf\")",
            "  @Header(\"X-Trace: 1\")",
            "  static String pdf() { return \"\"; }");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertErrorAt(
        compilation,
        file,
        "@Header on the static method pdf() has no effect",
        "Accept:",
        "\"Accept");
    assertErrorAt(
        compilation,
        file,
        "@Header on the static method pdf() has no effect",
        "X-Trace",
        "\"X-Trace");
  }

  @Test
  void refusesAVerbOnADefaultMethodOfASuperInterface() {
    JavaFileObject file =
        api(
            "Companies",
            "interface Base {",
            "  @Get(\"/base\") default String base() { return \"\"; }",
            "}",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "public interface Companies extends Base {",
            "  @Get(\"/x\") String get();",
            "}");
    assertOneErrorAt(
        compile(file),
        file,
        "@Get on the default method base() has no effect",
        "String base()",
        "@Get");
  }

  @Test
  void refusesAVerbOnADefaultMethodOfASuperApiOnlyOnce() {
    JavaFileObject file =
        api(
            "Companies",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "interface Base {",
            "  @Get(\"/x\") String get();",
            "  @Get(\"/base\") default String base() { return get(); }",
            "}",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "interface Companies extends Base {",
            "  @Get(\"/y\") String other();",
            "}");
    assertOneErrorAt(
        compile(file),
        file,
        "@Get on the default method base() has no effect",
        "String base()",
        "@Get");
  }
}
