package io.github.bisnodeclient.runtime.internal;

import java.util.ArrayList;
import java.util.List;

/** A path template split once into literal text and {@code {name}} placeholders. */
public final class PathTemplate {
  private final String template;

  /** Literal pieces; placeholder i stands between literals[i] and literals[i + 1]. */
  private final String[] literals;

  private final String[] names;

  private PathTemplate(String template, String[] literals, String[] names) {
    this.template = template;
    this.literals = literals;
    this.names = names;
  }

  /**
   * Splits a template.
   *
   * @param template such as {@code /persons/{gedi}}
   * @return the parsed template
   * @throws IllegalArgumentException if it does not start with {@code /} or a brace is unbalanced
   */
  public static PathTemplate parse(String template) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("path template must start with '/': " + template);
    }
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int start = 0;
    while (true) {
      int open = template.indexOf('{', start);
      if (open < 0) {
        literals.add(template.substring(start));
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unbalanced '{' in path template: " + template);
      }
      literals.add(template.substring(start, open));
      names.add(template.substring(open + 1, close));
      start = close + 1;
    }
    return new PathTemplate(
        template, literals.toArray(new String[0]), names.toArray(new String[0]));
  }

  /**
   * The placeholders' names, in order.
   *
   * @return the names, such as {@code [country, id]} for {@code /companies/{country}/{id}}
   */
  public List<String> placeholders() {
    return List.of(names);
  }

  String template() {
    return template;
  }

  int placeholderCount() {
    return names.length;
  }

  /** Index of the placeholder, or -1. */
  int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  String name(int index) {
    return names[index];
  }

  /** Appends the expanded path; {@code encodedValues} are already encoded path segments. */
  void expand(StringBuilder out, String[] encodedValues) {
    out.append(literals[0]);
    for (int i = 0; i < names.length; i++) {
      out.append(encodedValues[i]).append(literals[i + 1]);
    }
  }
}
