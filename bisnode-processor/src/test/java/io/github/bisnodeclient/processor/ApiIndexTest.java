package io.github.bisnodeclient.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.bisnodeclient.processor.Compilations.api;
import static io.github.bisnodeclient.processor.Compilations.compile;
import static io.github.bisnodeclient.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code META-INF/bisnode/apis}: the interfaces with a client, for the runtime to read. */
class ApiIndexTest {
  private static final String INDEX = "META-INF/bisnode/apis";

  private static JavaFileObject nested() {
    return source(
        "p.Outer",
        "package p;",
        "import io.github.bisnodeclient.annotations.*;",
        "public class Outer {",
        "  @BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
        "  public interface Inner { @Get(\"/x\") String get(); }",
        "}");
  }

  private static JavaFileObject simple(String name) {
    return api(
        name,
        "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
        "public interface " + name + " { @Get(\"/x\") String get(); }");
  }

  @Test
  void listsEveryInterfaceWithAClientByBinaryNameOneALine() throws IOException {
    Compilation compilation = compile(simple("Companies"), nested(), simple("Apis"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, INDEX)
        .contentsAsUtf8String()
        .isEqualTo("p.Apis\np.Companies\np.Outer$Inner\n");
  }

  @Test
  void writesNoIndexWhenNoClientWasWritten() {
    Compilation compilation = compile(source("p.Plain", "package p;", "public interface Plain {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            compilation.generatedFiles().stream()
                .map(file -> file.toUri().getPath())
                .filter(path -> path.endsWith(INDEX))
                .toList())
        .isEmpty();
  }

  @Test
  void keepsTheEntriesOfAnEarlierCompilationWhoseInterfacesStillExist(@TempDir Path dir)
      throws IOException {
    Path out = Files.createDirectories(dir.resolve("classes"));
    compileInto(out, simple("Companies"), simple("Persons"), nested());
    assertThat(index(out)).isEqualTo("p.Companies\np.Outer$Inner\np.Persons\n");

    // An incremental compile of one new interface: the others are on the class path only.
    compileInto(out, simple("Scores"));
    assertThat(index(out)).isEqualTo("p.Companies\np.Outer$Inner\np.Persons\np.Scores\n");

    // Persons was deleted; Companies is compiled again and no longer has a client.
    Files.delete(out.resolve("p/Persons.class"));
    Files.delete(out.resolve("p/BisnodePersons.class"));
    compileInto(
        out,
        source("p.Companies", "package p;", "public interface Companies {}"),
        simple("Scores"));
    assertThat(index(out)).isEqualTo("p.Outer$Inner\np.Scores\n");
  }

  private static String index(Path out) throws IOException {
    return Files.readString(out.resolve(INDEX), StandardCharsets.UTF_8);
  }

  /** Compiles with javac's own file manager into {@code out}, which is also on the class path. */
  private static void compileInto(Path out, JavaFileObject... sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out));
      String classPath = System.getProperty("java.class.path") + java.io.File.pathSeparator + out;
      JavaCompiler.CompilationTask task =
          javac.getTask(
              new StringWriter(),
              files,
              diagnostics,
              List.of("-classpath", classPath, "-implicit:none"),
              null,
              List.of(sources));
      task.setProcessors(List.of(new BisnodeApiProcessor()));
      assertWithMessage("%s", diagnostics.getDiagnostics()).that(task.call()).isTrue();
    }
  }
}
