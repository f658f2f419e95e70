package io.github.bisnodeclient.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * BENCHMARKS.md holds generated sections between {@code <!-- NAME:start -->} and {@code <!--
 * NAME:end -->} markers and hand-written analysis around them. A run replaces its own section only,
 * so the benchmark run and the load runs never overwrite each other or the analysis.
 */
final class ReportFile {
  private ReportFile() {}

  static void replaceSection(Path file, String name, String body) throws IOException {
    String start = "<!-- " + name + ":start -->";
    String end = "<!-- " + name + ":end -->";
    String block = start + "\n" + body.strip() + "\n" + end;
    String text =
        Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    String updated =
        from >= 0 && to > from
            ? text.substring(0, from) + block + text.substring(to + end.length())
            : text.stripTrailing() + "\n\n" + block + "\n";
    Files.writeString(file, updated, StandardCharsets.UTF_8);
  }

  /** One table row: cells joined by pipes. */
  static String row(Object... cells) {
    StringBuilder line = new StringBuilder("|");
    for (Object cell : cells) {
      line.append(' ').append(cell).append(" |");
    }
    return line.append('\n').toString();
  }
}
