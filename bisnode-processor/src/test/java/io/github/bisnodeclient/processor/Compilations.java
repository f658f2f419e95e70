package io.github.bisnodeclient.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Compiles inline sources with the processor, as a user's build would. */
final class Compilations {
  private Compilations() {}

  /** Compiles with every lint warning turned into an error, as strict users build. */
  static Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new BisnodeApiProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(sources);
  }

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /**
   * A source file of package {@code p} that imports the annotations, the runtime and the usual
   * JDK types, so that each test only writes what it is about. Its first line is line 1 of the
   * file; {@link #HEADER_LINES} lines come before the lines given.
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

  /** Lines before the first line a test gives to {@link #api}: its line n is file line n + 7. */
  static final int HEADER_LINES = HEADER.length;
}
