package io.github.bisnodeclient.processor;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A verb annotation's path template checked at compile time: its {@code {name}} placeholders in
 * order, or the first problem that makes it unusable. The runtime parses the same template again;
 * whatever passes here, it accepts with the same placeholders. It is stricter than the runtime on
 * purpose: a template is sent as written, so what would reach Bisnode mangled is refused here.
 *
 * @param template the template as written
 * @param placeholders the placeholder names, in order, each once
 * @param problem what is wrong, completing a sentence that starts with the annotation, or null
 */
record PathTemplate(String template, List<String> placeholders, @Nullable String problem) {
  /** Characters allowed unescaped in a URL path besides letters and digits (RFC 3986 pchar). */
  private static final String PATH_PUNCTUATION = "-._~!$&'()*+,;=:@/";

  static PathTemplate parse(String template) {
    if (!template.startsWith("/")) {
      return failed(template, "must start with \"/\", as in " + Diagnostics.quote("/" + template));
    }
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i + 1);
        int nextOpen = template.indexOf('{', i + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
          return failed(
              template,
              "has an unbalanced \"{\" at index " + i + "; placeholders look like {name}");
        }
        String name = template.substring(i + 1, close);
        if (name.isEmpty()) {
          return failed(template, "has an empty placeholder {}; name it, as in {id}");
        }
        if (!isValidName(name)) {
          return failed(
              template,
              "has an invalid placeholder name {"
                  + name
                  + "}; a name starts with a letter and has only letters, digits, \"_\" and \"-\"");
        }
        if (names.contains(name)) {
          return failed(
              template, "has {" + name + "} twice; each placeholder may appear only once");
        }
        names.add(name);
        i = close + 1;
        continue;
      }
      if (c == '}') {
        return failed(
            template, "has an unbalanced \"}\" at index " + i + "; placeholders look like {name}");
      }
      if (c == '?' || c == '#') {
        return failed(
            template,
            "must not contain \"" + c + "\"; add query parameters with @Query or @QueryMap");
      }
      if (c == '%') {
        if (i + 2 >= template.length()
            || Character.digit(template.charAt(i + 1), 16) < 0
            || Character.digit(template.charAt(i + 2), 16) < 0) {
          String escape = template.substring(i, Math.min(i + 3, template.length()));
          return failed(
              template,
              "has an invalid escape "
                  + Diagnostics.quote(escape)
                  + " at index "
                  + i
                  + "; \"%\" must be followed by two hex digits");
        }
        i += 3;
        continue;
      }
      if (!isAsciiLetterOrDigit(c) && PATH_PUNCTUATION.indexOf(c) < 0) {
        return failed(
            template,
            "has "
                + Diagnostics.quote(String.valueOf(c))
                + " at index "
                + i
                + ", which is not allowed in a URL path; percent-encode it");
      }
      i++;
    }
    return new PathTemplate(template, List.copyOf(names), null);
  }

  /** A name as Retrofit allows it: a letter, then letters, digits, "_" or "-". */
  static boolean isValidName(String name) {
    if (name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static PathTemplate failed(String template, String problem) {
    return new PathTemplate(template, List.of(), problem);
  }
}
