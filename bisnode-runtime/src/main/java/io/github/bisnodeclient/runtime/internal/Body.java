package io.github.bisnodeclient.runtime.internal;

import io.github.bisnodeclient.runtime.BisnodeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A buffered response body, read within a size limit and decoded from the {@code Content-Encoding}
 * the server chose. HttpClient's own decompression is off (it would inflate without a limit), and
 * the client does not ask for compression; a server that compresses anyway is decoded here, and the
 * limit counts decoded bytes, so a small body that inflates to gigabytes stops at the limit.
 */
final class Body {
  /** What an error body is read up to; {@code BisnodeApiException} keeps 8 KiB of it. */
  static final int ERROR_LIMIT = 64 * 1024;

  private Body() {}

  /** Thrown when a body is larger than its limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("the response body is larger than " + limit + " bytes");
    }
  }

  /**
   * The decoded body of a successful response, failing past {@code limit}, or of an error response,
   * cut at {@link #ERROR_LIMIT}.
   */
  static byte[] read(InputStream raw, @Nullable String encoding, long limit, boolean error)
      throws IOException {
    try (InputStream in = decoded(raw, encoding)) {
      if (error) {
        return readError(in, Math.min(limit, ERROR_LIMIT));
      }
      long cap = limit;
      // One byte past the limit tells an over-long body from one of exactly the limit.
      int want = cap >= Integer.MAX_VALUE - 9 ? Integer.MAX_VALUE - 8 : (int) cap + 1;
      byte[] bytes = in.readNBytes(want);
      if (bytes.length <= cap) {
        return bytes;
      }
      throw new TooLarge(limit);
    }
  }

  /**
   * An error body's first {@code cap} decoded bytes. The asynchronous path buffers an error body
   * raw up to the same cap, so a compressed one may end mid-stream: what it decoded to so far is
   * kept, as the blocking path, which reads the stream, keeps it.
   */
  private static byte[] readError(InputStream in, long cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      while (out.size() < cap) {
        int n = in.read(chunk, 0, (int) Math.min(chunk.length, cap - out.size()));
        if (n < 0) {
          break;
        }
        out.write(chunk, 0, n);
      }
    } catch (EOFException truncated) {
      // cut at the cap while compressed: the rest was never buffered
    }
    return out.toByteArray();
  }

  /** {@link #read} of bytes already buffered raw (the asynchronous path). */
  static byte[] decode(byte[] raw, @Nullable String encoding, long limit, boolean error)
      throws IOException {
    if (encoding == null || isIdentity(encoding)) {
      return raw; // the consumer applied the limit as it buffered
    }
    return read(new ByteArrayInputStream(raw), encoding, limit, error);
  }

  private static InputStream decoded(InputStream raw, @Nullable String encoding)
      throws IOException {
    if (encoding == null || isIdentity(encoding)) {
      return raw;
    }
    String coding = encoding.trim().toLowerCase(Locale.ROOT);
    return switch (coding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(raw);
      case "deflate" -> new InflaterInputStream(raw);
      default -> throw new IOException("unsupported Content-Encoding \"" + coding + "\"");
    };
  }

  private static boolean isIdentity(String encoding) {
    return encoding.isBlank() || encoding.trim().equalsIgnoreCase("identity");
  }

  /** Bytes gathered up to a limit; past it, {@link TooLarge}, or silence for an error body. */
  static final class Buffer {
    private final long limit;
    private final boolean cut;
    private final ByteArrayOutputStream bytes;
    private long seen;

    Buffer(long limit, boolean cut, long announced) {
      this.limit = limit;
      this.cut = cut;
      int initial = announced > 0 && announced <= limit ? (int) announced : 1024;
      this.bytes = new ByteArrayOutputStream(Math.min(initial, 1 << 20));
    }

    void add(byte[] chunk, int offset, int length) throws TooLarge {
      long room = limit - seen;
      seen += length;
      if (length > room) {
        if (!cut) {
          throw new TooLarge(limit);
        }
        bytes.write(chunk, offset, (int) Math.max(room, 0));
        return;
      }
      bytes.write(chunk, offset, length);
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }
  }

  /** The call's message when a body is over its limit. */
  static BisnodeException tooLarge(Endpoint<?> endpoint, long limit) {
    return new BisnodeException(
        endpoint.method()
            + ": the response body is larger than the "
            + limit
            + "-byte limit (maxResponseBytes)");
  }
}
