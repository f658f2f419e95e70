package io.github.bisnodeclient.runtime.internal;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * The characters of a body held in memory, decoded as they are read: Gson reads a response from it
 * without a {@code String} of the whole body, which would cost twice the body's length in
 * characters and once more in bytes on every call. Decodes as {@code new String(body, charset)}
 * does, malformed and unmappable input replaced.
 */
final class BodyReader extends Reader {
  private final ByteBuffer in;
  private final CharsetDecoder decoder;

  /** The second half of a surrogate pair that did not fit the caller's buffer, or 0. */
  private char pending;

  private boolean flushed;

  BodyReader(byte[] body, Charset charset) {
    this.in = ByteBuffer.wrap(body);
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (offset < 0 || length < 0 || length > buffer.length - offset) {
      throw new IndexOutOfBoundsException();
    }
    if (length == 0) {
      return 0;
    }
    int start = offset;
    if (pending != 0) {
      buffer[offset++] = pending;
      pending = 0;
      if (--length == 0) {
        return 1;
      }
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    decodeInto(out);
    if (out.position() == offset && !done()) {
      // one character of two chars (a surrogate pair) and room for one: split it
      char[] pair = new char[2];
      CharBuffer two = CharBuffer.wrap(pair);
      decodeInto(two);
      if (two.position() > 0) {
        out.put(pair[0]);
        if (two.position() > 1) {
          pending = pair[1];
        }
      }
    }
    int read = out.position() - start;
    return read == 0 && done() ? -1 : read;
  }

  /** All input is given at once, so every decode is the last one; then the decoder is flushed. */
  private void decodeInto(CharBuffer out) {
    if (flushed) {
      return;
    }
    decoder.decode(in, out, true); // with REPLACE, only underflow or overflow comes back
    if (!in.hasRemaining() && decoder.flush(out).isUnderflow()) {
      flushed = true;
    }
  }

  private boolean done() {
    return flushed && pending == 0 && !in.hasRemaining();
  }

  @Override
  public void close() {
    // nothing held: the body is the caller's array
  }
}
