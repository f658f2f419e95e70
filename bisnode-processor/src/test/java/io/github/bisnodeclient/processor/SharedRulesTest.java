package io.github.bisnodeclient.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.bisnodeclient.processor.Compilations.compile;
import static io.github.bisnodeclient.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import io.github.bisnodeclient.runtime.internal.GeneratedNames;
import io.github.bisnodeclient.runtime.internal.Headers;
import io.github.bisnodeclient.runtime.internal.Urls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules checked both at compile time and at run time, tested against one table of cases ({@code
 * shared-rules.txt}): for each input, the processor's verdict and the runtime's are compared with
 * the verdict the table gives.
 */
class SharedRulesTest {

  /** One line of the table. */
  record Case(String kind, String input, String verdict) {
    @Override
    public String toString() {
      return kind + " " + Diagnostics.quote(input) + " " + verdict;
    }
  }

  static Stream<Case> cases(String kind) throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(SharedRulesTest.class.getResourceAsStream("shared-rules.txt"));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" \\| ", -1);
        assertWithMessage("line %s", line).that(parts).hasLength(3);
        if (parts[0].equals(kind)) {
          cases.add(new Case(kind, unescape(parts[1]), parts[2].strip()));
        }
      }
    }
    assertWithMessage("cases of %s", kind).that(cases).isNotEmpty();
    return cases.stream();
  }

  static Stream<Case> baseUrls() throws IOException {
    return cases("base-url");
  }

  static Stream<Case> headerNames() throws IOException {
    return cases("header-name");
  }

  static Stream<Case> fixedHeaders() throws IOException {
    return cases("fixed-header");
  }

  static Stream<Case> pathTemplates() throws IOException {
    return cases("path-template");
  }

  static Stream<Case> generatedNames() throws IOException {
    return cases("generated-name");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("baseUrls")
  void baseUrlsAreJudgedAlike(Case c) {
    boolean processor = ApiValidator.baseUrlProblem(c.input()) == null;
    boolean runtime = accepts(Urls::checkBaseUrl, c.input());
    assertVerdicts(c, processor, runtime);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("headerNames")
  void headerNamesAreJudgedAlike(Case c) {
    boolean processor = ApiValidator.headerNameProblem(c.input()) == null;
    boolean runtime = Headers.isToken(c.input()) && accepts(n -> Headers.check(n, "v"), c.input());
    assertVerdicts(c, processor, runtime);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("fixedHeaders")
  void fixedHeadersAreJudgedAlikeAsTheGeneratedCodeHandsThemOver(Case c) {
    boolean processor = ApiValidator.fixedHeaderProblem(c.input()) == null;
    boolean runtime =
        accepts(
            line -> Headers.check(FixedHeader.nameOf(line), FixedHeader.valueOf(line)), c.input());
    assertVerdicts(c, processor, runtime);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("pathTemplates")
  void pathTemplatesAreJudgedAlikeWithTheSamePlaceholders(Case c) {
    PathTemplate compiled = PathTemplate.parse(c.input());
    boolean processor = compiled.problem() == null;
    boolean runtime =
        accepts(io.github.bisnodeclient.runtime.internal.PathTemplate::parse, c.input());
    assertVerdicts(c, processor, runtime);
    if (processor) {
      assertThat(
              io.github.bisnodeclient.runtime.internal.PathTemplate.parse(c.input()).placeholders())
          .containsExactlyElementsIn(compiled.placeholders())
          .inOrder();
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("generatedNames")
  void generatedClassNamesAreTheOnesTheRuntimeLooksFor(Case c) {
    String[] names = c.input().split("\\.");
    StringBuilder text =
        new StringBuilder("package p;\nimport io.github.bisnodeclient.annotations.*;\n");
    for (int i = 0; i < names.length - 1; i++) {
      text.append("public ")
          .append(i == 0 ? "" : "static ")
          .append("class ")
          .append(names[i])
          .append(" {\n");
    }
    text.append("@BisnodeApi(baseUrl = \"https://api.bisnode.com\")\n")
        .append("public interface ")
        .append(names[names.length - 1])
        .append(" { @Get(\"/x\") String get(); }\n");
    text.append("}\n".repeat(names.length - 1));
    Compilation compilation = compile(source("p." + names[0], text.toString()));
    assertThat(compilation).succeededWithoutWarnings();

    List<String> written = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      String relative =
          path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length());
      written.add(relative.substring(0, relative.length() - ".java".length()).replace('/', '.'));
    }
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> api = classes.load("p." + c.input().replace('.', '$'));
    assertWithMessage("processor").that(written).containsExactly(c.verdict());
    assertWithMessage("runtime").that(GeneratedNames.of(api)).isEqualTo(c.verdict());
    assertThat(api.isAssignableFrom(classes.load(c.verdict()))).isTrue();
  }

  private static void assertVerdicts(Case c, boolean processor, boolean runtime) {
    switch (c.verdict()) {
      case "accepted" -> {
        assertWithMessage("processor accepts").that(processor).isTrue();
        assertWithMessage("runtime accepts").that(runtime).isTrue();
      }
      case "refused" -> {
        assertWithMessage("processor accepts").that(processor).isFalse();
        assertWithMessage("runtime accepts").that(runtime).isFalse();
      }
      case "compile-time only" -> {
        assertWithMessage("processor accepts").that(processor).isFalse();
        assertWithMessage("runtime accepts").that(runtime).isTrue();
      }
      default -> throw new AssertionError("unknown verdict " + c.verdict());
    }
  }

  private static boolean accepts(ThrowingCheck check, String input) {
    try {
      check.run(input);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A runtime check that throws {@link IllegalArgumentException} on what it refuses. */
  private interface ThrowingCheck {
    void run(String input);
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
