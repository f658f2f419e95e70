package io.github.bisnodeclient.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UrlEncodingTest {
  @Test
  void leavesUnreservedTextAlone() {
    String text = "Abc-123._~";
    assertSame(text, UrlEncoding.encode(text));
  }

  @Test
  void encodesEverythingThatCouldChangeTheUrl() {
    assertEquals("a%2Fb%3Fc%23d%25e%20f%26g%3Dh%2Bi", UrlEncoding.encode("a/b?c#d%e f&g=h+i"));
    assertEquals("%3A%40", UrlEncoding.encode(":@"));
  }

  @Test
  void encodesNonAsciiAsUtf8IncludingSurrogatePairs() {
    assertEquals("%C3%A5%C3%A4%C3%B6", UrlEncoding.encode("åäö"));
    assertEquals("%F0%9F%98%80", UrlEncoding.encode("😀"));
  }

  @Test
  void parsesTemplatesOnce() {
    PathTemplate template = PathTemplate.parse("/markets/{market}/persons/{id}/x");
    assertEquals(2, template.placeholderCount());
    assertEquals(1, template.indexOf("id"));
    assertEquals(-1, template.indexOf("nope"));
    StringBuilder out = new StringBuilder();
    template.expand(out, new String[] {"SE", "7"});
    assertEquals("/markets/SE/persons/7/x", out.toString());
    assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("no-slash"));
    assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/a/{b"));
  }
}
