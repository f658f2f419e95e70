package io.github.bisnodeclient.examples.demo;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.List;

/** The demo's two forms of output: JSON, and plain-text tables. */
final class Output {
  private static final Gson JSON = new GsonBuilder().setPrettyPrinting().create();

  private Output() {}

  /** Pretty-printed JSON with Bisnode's field names, ending in a line break. */
  static String json(Object value) {
    return JSON.toJson(value) + "\n";
  }

  /** Rows as left-aligned columns two spaces apart; the first row is often a header. */
  static String table(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  static String orEmpty(Object value) {
    return value == null ? "" : value.toString();
  }

  /** The parts that are present, joined. */
  static String join(String separator, Object... parts) {
    StringBuilder out = new StringBuilder();
    for (Object part : parts) {
      String text = orEmpty(part);
      if (!text.isEmpty()) {
        out.append(out.length() == 0 ? "" : separator).append(text);
      }
    }
    return out.toString();
  }
}
