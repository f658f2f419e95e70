package io.github.bisnodeclient.runtime.internal;

/**
 * Checks on header names and values that every header passes before it is sent: the same rules the
 * annotation processor applies at compile time to the names it sees.
 */
public final class Headers {
  /** RFC 9110 token characters besides letters and digits: what a header name may hold. */
  private static final String TOKEN_PUNCTUATION = "!#$%&'*+-.^_`|~";

  private Headers() {}

  /**
   * Refuses a header the request could not carry intact.
   *
   * @param name the header name
   * @param value the header value
   * @throws IllegalArgumentException if the name is not an HTTP token (RFC 9110 §5.1) or the value
   *     contains CR or LF
   */
  public static void check(String name, String value) {
    if (!isToken(name)) {
      throw new IllegalArgumentException(
          "header name \""
              + name
              + "\" must be an HTTP token: letters, digits and "
              + TOKEN_PUNCTUATION);
    }
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      // The value itself is left out: it may be personal data or a credential.
      throw new IllegalArgumentException("header " + name + " has a value with CR or LF");
    }
  }

  /**
   * Whether {@code name} is an HTTP token, as a header name must be.
   *
   * @param name the header name
   * @return true for letters, digits and {@code !#$%&'*+-.^_`|~}, at least one
   */
  public static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letterOrDigit =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && TOKEN_PUNCTUATION.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
