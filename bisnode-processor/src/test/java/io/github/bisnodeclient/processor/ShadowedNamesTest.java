package io.github.bisnodeclient.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.bisnodeclient.processor.Compilations.api;
import static io.github.bisnodeclient.processor.Compilations.compile;
import static io.github.bisnodeclient.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Legal but unusual names in the user's code must not break the generated client. */
class ShadowedNamesTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"String", "Object", "Void", "Override", "Integer", "Deprecated"})
  void namesJavaLangTypesQualifiedWhenTheUsersPackageHidesThem(String name) {
    Compilation compilation =
        compile(
            source("p." + name, "package p;", "public class " + name + " {}"),
            api(
                "Companies",
                "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
                "public interface Companies {",
                "  @Get(\"/x\") java.lang.String text(@Query(\"n\") java.lang.Integer n);",
                "  @Get(\"/y\") java.lang.Object any();",
                "  @Get(\"/z\") CompletableFuture<java.lang.Void> later();",
                "  @Get(\"/w\") int count();",
                "  /** @deprecated use count */",
                "  @java.lang.Deprecated @Get(\"/d\") int old();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(GeneratedSourceTest.generated(compilation, "p.BisnodeCompanies"))
        .contains("java.lang." + name);
  }

  @Test
  void compilesWhateverTheParametersAreNamed() {
    Compilation compilation =
        compile(
            api(
                "Companies",
                "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
                "public interface Companies {",
                "  @Get(\"/a\") String get(@Query(\"a\") String GET, @Query(\"b\") String BisnodeCompanies,",
                "      @Query(\"c\") String target, @Query(\"d\") String client, @Query(\"e\") String p);",
                "  @Get(\"/b\") Optional<String> types(@Query(\"a\") String ApiTarget,",
                "      @Query(\"b\") String Endpoint, @Query(\"c\") String Returns,",
                "      @Query(\"d\") String Types, @Query(\"e\") String Optional,",
                "      @Query(\"f\") String String, @Query(\"g\") String TYPES);",
                "  @Get(\"/c\") List<String> list(@Query(\"a\") String LIST, @Query(\"b\") String List);",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String generated = GeneratedSourceTest.generated(compilation, "p.BisnodeCompanies");
    // GET and the class name are both hidden in get(): the constant takes another name
    assertThat(generated).contains("return this.target.request(GET_2)");
    assertThat(generated).contains("return target.request(BisnodeCompanies.TYPES)");
  }

  @Test
  void compilesAnInterfaceNamedLikeTheRuntimeTypesItUses() {
    Compilation compilation =
        compile(
            api(
                "Endpoint",
                "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
                "public interface Endpoint {",
                "  @Get(\"/a\") List<String> get(@Query(\"a\") String ApiTarget);",
                "}"),
            api(
                "ApiTarget",
                "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
                "public interface ApiTarget {",
                "  @Get(\"/a\") Map<String, Integer> get();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
