package io.github.bisnodeclient.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles inline sources with the processor, as a user's build would, and finds positions. */
final class Compilations {
  private Compilations() {}

  /** Compiles with every lint warning turned into an error, as strict users build. */
  static Compilation compile(JavaFileObject... sources) {
    return compileWith(new BisnodeApiProcessor(), sources);
  }

  /**
   * As {@link #compile}, for sources that use annotations of other libraries (Gson's), which javac
   * warns that no processor claimed.
   */
  static Compilation compileBesideOtherAnnotations(JavaFileObject... sources) {
    return javac()
        .withProcessors(new BisnodeApiProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  static Compilation compileWith(Processor processor, JavaFileObject... sources) {
    return javac().withProcessors(processor).withOptions("-Xlint:all", "-Werror").compile(sources);
  }

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /**
   * A source file of package {@code p} that imports the annotations, {@code BisnodeResponse} and
   * the usual JDK types, so that each test only writes what it is about.
   */
  static JavaFileObject api(String simpleName, String... lines) {
    String[] all = new String[HEADER.length + lines.length];
    System.arraycopy(HEADER, 0, all, 0, HEADER.length);
    System.arraycopy(lines, 0, all, HEADER.length, lines.length);
    return JavaFileObjects.forSourceLines("p." + simpleName, all);
  }

  private static final String[] HEADER = {
    "package p;",
    "import io.github.bisnodeclient.annotations.*;",
    "import io.github.bisnodeclient.runtime.BisnodeResponse;",
    "import java.io.InputStream;",
    "import java.time.LocalDate;",
    "import java.util.*;",
    "import java.util.concurrent.CompletableFuture;",
  };

  /** A plain model type {@code p.Person} for interfaces to return or send. */
  static JavaFileObject person() {
    return source("p.Person", "package p;", "public record Person(String name, int age) {}");
  }

  /**
   * Asserts that compilation failed with exactly one error containing {@code message}, reported in
   * {@code file} on the only line containing {@code lineSnippet}, at the column where {@code
   * columnSnippet} starts on that line.
   */
  static void assertOneErrorAt(
      Compilation compilation,
      JavaFileObject file,
      String message,
      String lineSnippet,
      String columnSnippet) {
    assertThat(compilation).failed();
    assertWithMessage("errors: %s", compilation.errors()).that(compilation.errors()).hasSize(1);
    assertErrorAt(compilation, file, message, lineSnippet, columnSnippet);
  }

  /** As {@link #assertOneErrorAt}, without requiring that there is no other error. */
  static void assertErrorAt(
      Compilation compilation,
      JavaFileObject file,
      String message,
      String lineSnippet,
      String columnSnippet) {
    int line = lineOf(file, lineSnippet);
    String text = lines(file).get(line - 1);
    int column = text.indexOf(columnSnippet);
    assertWithMessage("%s on line %s", columnSnippet, line).that(column).isAtLeast(0);
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(file)
        .onLine(line)
        .atColumn(column + 1);
  }

  /** The 1-based number of the only line of {@code file} that contains {@code snippet}. */
  static int lineOf(JavaFileObject file, String snippet) {
    List<String> lines = lines(file);
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(snippet)) {
        assertWithMessage("%s is on more than one line", snippet).that(found).isEqualTo(-1);
        found = i + 1;
      }
    }
    assertWithMessage("%s is on no line", snippet).that(found).isAtLeast(1);
    return found;
  }

  private static List<String> lines(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString().lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
