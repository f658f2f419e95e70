package io.github.bisnodeclient.runtime;

/** Checks on header names and values that every header passes before it is sent. */
final class Headers {
  private Headers() {}

  static void check(String name, String value) {
    if (name.isEmpty() || containsLineBreak(name)) {
      throw new IllegalArgumentException("invalid header name: \"" + name + "\"");
    }
    if (containsLineBreak(value)) {
      // The value itself is left out: it may be personal data or a credential.
      throw new IllegalArgumentException("header " + name + " has a value with CR or LF");
    }
  }

  private static boolean containsLineBreak(String text) {
    return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
  }
}
