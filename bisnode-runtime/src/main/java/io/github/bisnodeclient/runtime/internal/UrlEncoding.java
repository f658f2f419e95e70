package io.github.bisnodeclient.runtime.internal;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding for path segments, query keys and query values: every byte of the UTF-8 form
 * except RFC 3986's unreserved characters is encoded, so no value can end a segment, start a query
 * or fragment, or be read as an escape.
 */
public final class UrlEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlEncoding() {}

  /**
   * Percent-encodes everything but RFC 3986's unreserved characters, as UTF-8.
   *
   * @param text the text
   * @return the encoded text, fit for one path segment or query value
   */
  public static String encode(String text) {
    int length = text.length();
    int i = 0;
    while (i < length && isUnreserved(text.charAt(i))) {
      i++;
    }
    if (i == length) {
      return text;
    }
    StringBuilder out = new StringBuilder(length + 16);
    encodeInto(out, text);
    return out.toString();
  }

  static void encodeInto(StringBuilder out, String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isUnreserved(c)) {
        out.append(c);
      } else if (c < 0x80) {
        appendByte(out, c);
      } else {
        int end = i + 1;
        if (Character.isHighSurrogate(c) && end < length) {
          end++;
        }
        for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          appendByte(out, b & 0xFF);
        }
        i = end - 1;
      }
    }
  }

  private static void appendByte(StringBuilder out, int b) {
    out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
