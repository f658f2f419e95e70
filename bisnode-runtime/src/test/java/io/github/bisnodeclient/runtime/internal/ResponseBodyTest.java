package io.github.bisnodeclient.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.BasicHttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.junit.jupiter.api.Test;

class ResponseBodyTest {
  private static final byte[] BODY =
      "{\"city\":\"Göteborg\",\"padding\":\""
          .concat("x".repeat(20_000))
          .concat("\"}")
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void readsAnAnnouncedLengthIntoOneArrayOfThatSize() throws IOException {
    byte[] small = "{\"city\":\"Göteborg\"}".getBytes(StandardCharsets.UTF_8);
    byte[] read =
        Transport.readBody(
            new ByteArrayEntity(small, ContentType.APPLICATION_JSON), false, Long.MAX_VALUE);
    assertArrayEquals(small, read);
  }

  @Test
  void readsABodyLargerThanOneChunk() throws IOException {
    assertArrayEquals(
        BODY,
        Transport.readBody(
            new ByteArrayEntity(BODY, ContentType.APPLICATION_JSON), false, Long.MAX_VALUE));
  }

  @Test
  void readsToTheEndWhenTheLengthIsUnknown() throws IOException {
    ClosingStream in = new ClosingStream(BODY);
    byte[] read =
        Transport.readBody(
            new BasicHttpEntity(in, -1, ContentType.APPLICATION_JSON), false, Long.MAX_VALUE);
    assertArrayEquals(BODY, read);
    assertTrue(in.closed, "the stream is closed, which releases the connection");
  }

  @Test
  void stopsAtTheAnnouncedLengthAndClosesTheStream() throws IOException {
    ClosingStream in = new ClosingStream(BODY);
    byte[] read =
        Transport.readBody(
            new BasicHttpEntity(in, 10, ContentType.APPLICATION_JSON), false, Long.MAX_VALUE);
    assertEquals(10, read.length);
    assertTrue(in.closed);
  }

  @Test
  void readsAnEmptyBody() throws IOException {
    assertEquals(
        0,
        Transport.readBody(
                new ByteArrayEntity(new byte[0], ContentType.APPLICATION_JSON),
                false,
                Long.MAX_VALUE)
            .length);
  }

  private static final class ClosingStream extends ByteArrayInputStream {
    boolean closed;

    ClosingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
