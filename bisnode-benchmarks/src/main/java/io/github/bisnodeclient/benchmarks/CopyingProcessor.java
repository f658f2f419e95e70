package io.github.bisnodeclient.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The least any generating processor can do: in its first round it writes, through javac's {@code
 * Filer}, the sources found under the directory given as {@code -Abench.copyFrom=DIR}, and nothing
 * else. {@link CompileCost} runs it with the classes bisnode-processor wrote, so that the
 * difference to a {@code -proc:none} build of the same sources is what javac's extra rounds cost
 * any processor that writes them, and the difference to bisnode-processor is its own work.
 */
public final class CopyingProcessor extends AbstractProcessor {
  static final String OPTION = "bench.copyFrom";
  private boolean written;

  /** Created by javac through {@code -processor}. */
  public CopyingProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("io.github.bisnodeclient.annotations.BisnodeApi");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written) {
      return false;
    }
    written = true;
    String from = processingEnv.getOptions().get(OPTION);
    if (from == null) {
      throw new IllegalStateException("-A" + OPTION + "=DIR is not set");
    }
    Path root = Path.of(from);
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path source : sources) {
      String relative = root.relativize(source).toString();
      String name =
          relative
              .substring(0, relative.length() - ".java".length())
              .replace(source.getFileSystem().getSeparator(), ".");
      try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        out.write(Files.readString(source, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
