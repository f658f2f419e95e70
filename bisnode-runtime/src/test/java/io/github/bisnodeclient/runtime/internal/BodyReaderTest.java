package io.github.bisnodeclient.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BodyReaderTest {
  /** Reads everything, asking for {@code chunk} characters at a time. */
  private static String readAll(byte[] body, Charset charset, int chunk) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Reader reader = new BodyReader(body, charset)) {
      char[] buffer = new char[chunk];
      for (int n = reader.read(buffer, 0, chunk); n != -1; n = reader.read(buffer, 0, chunk)) {
        if (n == 0) {
          throw new AssertionError("read nothing before the end");
        }
        text.append(buffer, 0, n);
      }
      assertEquals(-1, reader.read(buffer, 0, chunk), "the end stays the end");
    }
    return text.toString();
  }

  @Test
  void decodesEveryWidthOfUtf8AsAStringDoesWhateverTheCallerAsksFor() throws IOException {
    String text =
        "{\"name\":\"Åsa Öberg\",\"city\":\"Malmö\",\"sign\":\"€\",\"face\":\"😀\",\"x\":\"ẞ𝄞\"}";
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {1, 2, 3, 5, 7, 1024}) {
      assertEquals(text, readAll(body, StandardCharsets.UTF_8, chunk), "chunks of " + chunk);
    }
  }

  @Test
  void replacesMalformedInputAsNewStringDoes() throws IOException {
    Random random = new Random(42);
    for (int round = 0; round < 2_000; round++) {
      byte[] body = new byte[random.nextInt(40)];
      random.nextBytes(body);
      String expected = new String(body, StandardCharsets.UTF_8);
      for (int chunk : new int[] {1, 3, 64}) {
        assertEquals(expected, readAll(body, StandardCharsets.UTF_8, chunk), "round " + round);
      }
    }
  }

  @Test
  void decodesOtherCharsetsAndTruncatedInput() throws IOException {
    byte[] latin = "Göteborg".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("Göteborg", readAll(latin, StandardCharsets.ISO_8859_1, 4));
    byte[] cut = {'a', (byte) 0xE2, (byte) 0x82};
    assertEquals(new String(cut, StandardCharsets.UTF_8), readAll(cut, StandardCharsets.UTF_8, 1));
    assertEquals("", readAll(new byte[0], StandardCharsets.UTF_8, 8));
  }

  @Test
  void followsTheReaderContract() throws IOException {
    try (Reader reader =
        new BodyReader("ab".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)) {
      char[] buffer = new char[4];
      assertEquals(0, reader.read(buffer, 1, 0));
      assertThrows(IndexOutOfBoundsException.class, () -> reader.read(buffer, 3, 2));
      assertEquals(2, reader.read(buffer, 2, 2));
      assertEquals("ab", new String(buffer, 2, 2));
    }
  }
}
