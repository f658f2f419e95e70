package io.github.bisnodeclient.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.bisnodeclient.processor.Compilations.api;
import static io.github.bisnodeclient.processor.Compilations.assertErrorAt;
import static io.github.bisnodeclient.processor.Compilations.assertOneErrorAt;
import static io.github.bisnodeclient.processor.Compilations.compile;
import static io.github.bisnodeclient.processor.Compilations.compileWith;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Misuse of {@code @BisnodeApi} itself and of the interface it is on. */
class InterfaceErrorsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "class, public class Companies {}",
    "enum, public enum Companies { A }",
    "record, public record Companies(int a) {}",
    "annotation type, public @interface Companies {}",
  })
  void refusesBisnodeApiOnAnythingButAnInterface(String kind, String declaration) {
    JavaFileObject file =
        api("Companies", "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")", declaration);
    assertOneErrorAt(
        compile(file),
        file,
        "@BisnodeApi is allowed on interfaces only; found " + kind + " Companies",
        "@BisnodeApi",
        "@BisnodeApi");
  }

  @Test
  void refusesAGenericInterface() {
    JavaFileObject file =
        api(
            "Companies",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "public interface Companies<T, U> {",
            "  @Get(\"/x\") T get();",
            "}");
    assertOneErrorAt(
        compile(file),
        file,
        "@BisnodeApi interface Companies must not have type parameters; found <T, U>",
        "interface Companies<T, U>",
        "interface");
  }

  @Test
  void refusesAPrivateNestedInterface() {
    JavaFileObject file =
        api(
            "Outer",
            "public class Outer {",
            "  @BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "  private interface Companies {",
            "    @Get(\"/x\") String get();",
            "  }",
            "}");
    assertOneErrorAt(
        compile(file),
        file,
        "@BisnodeApi interface Companies is not visible to its generated class: Companies is private",
        "private interface Companies",
        "interface");
  }

  @Test
  void refusesAnInterfaceNestedInAPrivateClass() {
    JavaFileObject file =
        api(
            "Outer",
            "public class Outer {",
            "  private static class Hidden {",
            "    @BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "    interface Companies {",
            "      @Get(\"/x\") String get();",
            "    }",
            "  }",
            "}");
    assertOneErrorAt(
        compile(file),
        file,
        "@BisnodeApi interface Companies is not visible to its generated class: Hidden is private",
        "interface Companies {",
        "interface");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "api.bisnode.com/v2",
        "/v2",
        "ftp://api.bisnode.com/v2",
        "https://",
        "https://api bisnode.com",
        "",
      })
  void refusesABaseUrlThatIsNotAnAbsoluteHttpsUrl(String url) {
    JavaFileObject file = apiWithBaseUrl(url);
    assertOneErrorAt(
        compile(file),
        file,
        "@BisnodeApi baseUrl must be an absolute https:// URL, such as"
            + " \"https://api.bisnode.com/consumerintelligence/person/v2\"; found \""
            + url
            + "\"",
        "@BisnodeApi",
        "\"" + url);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {"http://api.bisnode.com/v2", "http://10.0.0.1/v2", "http://localhost.evil"})
  void refusesPlainHttpExceptOnLoopback(String url) {
    JavaFileObject file = apiWithBaseUrl(url);
    assertOneErrorAt(
        compile(file),
        file,
        "@BisnodeApi baseUrl must use https://; http:// is allowed only for localhost, 127.x.x.x"
            + " and [::1]; found \""
            + url
            + "\"",
        "@BisnodeApi",
        "\"" + url);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "http://localhost:8080/api",
        "http://127.0.0.1:9/api",
        "http://[::1]:9/api",
        "https://api.bisnode.com/consumerintelligence/person/v2/",
      })
  void acceptsHttpsAndLoopbackHttpBaseUrls(String url) {
    assertThat(compile(apiWithBaseUrl(url))).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "https://api.bisnode.com/v2?key=1",
        "https://api.bisnode.com/v2#top",
        "https://user:pw@api.bisnode.com/v2",
      })
  void refusesABaseUrlWithQueryFragmentOrUserInfo(String url) {
    JavaFileObject file = apiWithBaseUrl(url);
    assertOneErrorAt(
        compile(file),
        file,
        "@BisnodeApi baseUrl must not have a query, fragment or user info; give query parameters"
            + " with @Query; found \""
            + url
            + "\"",
        "@BisnodeApi",
        "\"" + url);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "   "})
  void refusesAnEmptyOrBlankScope(String scope) {
    JavaFileObject file =
        api(
            "Companies",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\", scope = \"" + scope + "\")",
            "public interface Companies {",
            "  @Get(\"/x\") String get();",
            "}");
    assertOneErrorAt(
        compile(file),
        file,
        "@BisnodeApi scope must not be blank; found \"" + scope + "\"",
        "@BisnodeApi",
        "\"" + scope + "\")");
  }

  @Test
  void refusesAFixedHeaderOnTheInterfaceWithoutAColon() {
    JavaFileObject file =
        api(
            "Companies",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "@Header(\"Accept application/pdf\")",
            "public interface Companies {",
            "  @Get(\"/x\") String get();",
            "}");
    assertOneErrorAt(
        compile(file),
        file,
        "@Header(\"Accept application/pdf\") on an interface has no colon; a fixed header is"
            + " written \"Name: value\", such as \"Accept: application/pdf\"",
        "@Header(",
        "\"Accept");
  }

  @Test
  void refusesAFixedHeaderOnTheInterfaceWithALineBreak() {
    JavaFileObject file =
        api(
            "Companies",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "@Header(\"X-A: 1\")",
            "@Header(\"X-B: 1\\r\\nX-Evil: 2\")",
            "public interface Companies {",
            "  @Get(\"/x\") String get();",
            "}");
    assertOneErrorAt(
        compile(file),
        file,
        "@Header(\"X-B: 1\\r\\nX-Evil: 2\") on an interface must not contain CR or LF",
        "X-Evil",
        "\"X-B");
  }

  @Test
  void refusesAFixedHeaderOnTheInterfaceWithAnInvalidName() {
    JavaFileObject file =
        api(
            "Companies",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "@Header(\"X Request Id: 1\")",
            "public interface Companies {",
            "  @Get(\"/x\") String get();",
            "}");
    assertOneErrorAt(
        compile(file),
        file,
        "@Header(\"X Request Id: 1\") on an interface has the invalid header name \"X Request Id\"",
        "@Header(",
        "\"X Request");
  }

  @Test
  void refusesAnInterfaceWhoseGeneratedClassWouldHideTheAnnotation() {
    JavaFileObject file =
        Compilations.source(
            "p.Api",
            "package p;",
            "import io.github.bisnodeclient.annotations.BisnodeApi;",
            "import io.github.bisnodeclient.annotations.Get;",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "public interface Api {",
            "  @Get(\"/x\") String get();",
            "}");
    assertOneErrorAt(
        compile(file),
        file,
        "@BisnodeApi interface Api would be implemented by p.BisnodeApi, which hides the"
            + " annotation @BisnodeApi in every file of its package that imports"
            + " io.github.bisnodeclient.annotations.*; rename the interface",
        "public interface Api",
        "interface");
  }

  @Test
  void refusesTwoInheritedMethodsWithTheSameSignature() {
    JavaFileObject file =
        api(
            "Companies",
            "interface A { @Get(\"/a\") String get(); }",
            "interface B { @Get(\"/b\") String get(); }",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "public interface Companies extends A, B {}");
    assertOneErrorAt(
        compile(file),
        file,
        "A.get() and B.get() have the same signature; redeclare get() in Companies with its own @Get,"
            + " @Post, @Put, @Delete or @Patch",
        "public interface Companies",
        "interface");
  }

  @Test
  void reportsEveryErrorOfAnInterfaceNotOnlyTheFirst() {
    JavaFileObject file =
        api(
            "Companies",
            "@BisnodeApi(baseUrl = \"http://api.bisnode.com\", scope = \"\")",
            "public interface Companies {",
            "  String noVerb();",
            "  @Get(\"/x/{id}\") String get(@Path(\"other\") String id);",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(5);
  }

  @Test
  void generatesNothingForAnInterfaceWithErrorsButStillWritesTheOthers() {
    JavaFileObject bad =
        api(
            "Bad",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "public interface Bad {",
            "  String noVerb();",
            "}");
    JavaFileObject good =
        api(
            "Good",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "public interface Good {",
            "  @Get(\"/x\") String get();",
            "}");
    List<WrappedEnvironment.Created> created = new ArrayList<>();
    Compilation compilation = compileWith(WrappedEnvironment.processor(false, created), bad, good);
    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(1);
    assertThat(created.stream().map(WrappedEnvironment.Created::name).toList())
        .containsExactly("p.BisnodeGood");
  }

  @Test
  void turnsAnUnexpectedExceptionIntoOneErrorOnTheInterface() {
    JavaFileObject file =
        api(
            "Companies",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "public interface Companies {",
            "  @Get(\"/x\") String get();",
            "}");
    List<WrappedEnvironment.Created> created = new ArrayList<>();
    Compilation compilation = compileWith(WrappedEnvironment.processor(true, created), file);
    assertOneErrorAt(
        compilation,
        file,
        "bisnode-processor failed on this interface: java.lang.IllegalStateException: simulated"
            + " bug; please report it",
        "public interface Companies",
        "interface");
    // the stack trace travels with the error, for the bug report
    assertThat(compilation).hadErrorContaining("please report it with this stack trace:");
    assertThat(compilation)
        .hadErrorContaining(
            "at io.github.bisnodeclient.processor.WrappedEnvironment.getTypeUtils(");
    assertThat(created).isEmpty();
  }

  @Test
  void reportsATypeThatNeverComesIntoExistenceOnTheInterface() {
    JavaFileObject file =
        api(
            "Companies",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "public interface Companies {",
            "  @Get(\"/x\") Missing get();",
            "}");
    Compilation compilation = compile(file);
    assertErrorAt(
        compilation,
        file,
        "bisnode-processor could not write the client of p.Companies because Missing could not be"
            + " resolved",
        "public interface Companies",
        "interface");
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }

  @Test
  void leavesAnAnnotationValueJavacCannotComputeToJavacWithoutFailing() {
    JavaFileObject file =
        api(
            "Companies",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "public interface Companies {",
            "  @Get(Paths.MISSING) String get();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation).hadErrorContaining("because the value of @Get could not be resolved");
    for (var error : compilation.errors()) {
      assertThat(error.getMessage(null)).doesNotContain("please report it");
    }
  }

  @Test
  void acceptsAConstantAsAnAnnotationValue() {
    JavaFileObject file =
        api(
            "Companies",
            "@BisnodeApi(baseUrl = Companies.BASE)",
            "public interface Companies {",
            "  String BASE = \"https://api.bisnode.com\";",
            "  String PREFIX = \"/companies\";",
            "  @Get(PREFIX + \"/{id}\") String get(@Path(\"id\") String id);",
            "}");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  private static JavaFileObject apiWithBaseUrl(String url) {
    return api(
        "Companies",
        "@BisnodeApi(baseUrl = \"" + url + "\")",
        "public interface Companies {",
        "  @Get(\"/x\") String get();",
        "}");
  }
}
