package io.github.bisnodeclient.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java and XML block of the README (and of bisnode-sandbox's) is a copy of sources that this
 * build compiles: the projects under {@code src/it} (built by Maven 3.8 and 3.9), the module {@link
 * JavaModuleTest} compiles, and bisnode-examples. A block that drifts from them, or that nobody
 * compiles, fails here. Whitespace inside a line does not count, line breaks do.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<Path> COMPILED =
      List.of(
          Path.of("src/it"),
          Path.of("src/test/java/io/github/bisnodeclient/setup/JavaModuleTest.java"),
          ROOT.resolve("bisnode-examples/src/main/java"),
          ROOT.resolve("bisnode-examples/src/test/java"),
          ROOT.resolve("bisnode-micrometer/src/test/java"),
          ROOT.resolve("bisnode-examples/spring-boot"),
          ROOT.resolve("bisnode-spring-boot-tests/src/test/java"));

  /** One fenced block: its language, the README line it starts on, and its lines. */
  record Block(String language, int line, List<String> lines) {}

  @Test
  void everyJavaAndXmlBlockIsCopiedFromCompiledSources() {
    List<List<String>> sources = sources();
    List<String> missing = new ArrayList<>();
    for (String readme : List.of("README.md", "bisnode-sandbox/README.md")) {
      for (Block block : blocks(read(ROOT.resolve(readme)))) {
        if (!block.language().equals("java") && !block.language().equals("xml")) {
          continue;
        }
        List<String> wanted = normalized(block.lines());
        if (sources.stream().noneMatch(source -> contains(source, wanted))) {
          missing.add(readme + ":" + block.line() + " (" + block.lines().get(0).strip() + ")");
        }
      }
    }
    assertEquals(List.of(), missing, "README blocks that no compiled source contains");
  }

  @Test
  void theCheckSeesTheReadmesSetupAndExamples() {
    List<Block> blocks = blocks(read(ROOT.resolve("README.md")));
    long java = blocks.stream().filter(b -> b.language().equals("java")).count();
    long xml = blocks.stream().filter(b -> b.language().equals("xml")).count();
    assertTrue(java >= 6, "Java blocks found: " + java);
    assertTrue(xml >= 2, "XML blocks found: " + xml);
  }

  @Test
  void aBlockWithAnEditedLineIsNotFound() {
    List<List<String>> sources = sources();
    List<String> real =
        normalized(List.of("@Get(\"/person/search\")", "PersonSearchResult search("));
    List<String> edited =
        normalized(List.of("@Get(\"/person/serch\")", "PersonSearchResult search("));
    assertTrue(sources.stream().anyMatch(source -> contains(source, real)));
    if (sources.stream().anyMatch(source -> contains(source, edited))) {
      fail("an edited line was found in the sources");
    }
  }

  static List<Block> blocks(List<String> readme) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      String line = readme.get(i);
      if (line.startsWith("```") && line.length() > 3) {
        int start = i + 1;
        int end = start;
        while (end < readme.size() && !readme.get(end).startsWith("```")) {
          end++;
        }
        blocks.add(new Block(line.substring(3).strip(), start + 1, readme.subList(start, end)));
        i = end;
      }
    }
    return blocks;
  }

  private static List<List<String>> sources() {
    List<List<String>> sources = new ArrayList<>();
    for (Path dir : COMPILED) {
      try (Stream<Path> files = Files.walk(dir)) {
        files
            .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".xml"))
            .filter(f -> !f.toString().contains("/target/"))
            .forEach(f -> sources.add(normalized(read(f))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  private static boolean contains(List<String> source, List<String> block) {
    return block.isEmpty() || java.util.Collections.indexOfSubList(source, block) >= 0;
  }

  /** Lines without leading, trailing or repeated whitespace, and without blank lines. */
  private static List<String> normalized(List<String> lines) {
    return lines.stream()
        .map(l -> l.strip().replaceAll("\\s+", " "))
        .filter(l -> !l.isEmpty())
        .collect(Collectors.toList());
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
