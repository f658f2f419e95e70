package io.github.bisnodeclient.runtime.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.jspecify.annotations.Nullable;

/**
 * Buffers an asynchronous response within a size limit, on the I/O thread: a body past the limit
 * fails the exchange at once (its connection is closed, not returned to the pool), and an error
 * body is kept only up to {@link Body#ERROR_LIMIT}, so one bad response costs the I/O thread
 * bounded work and never holds up another call. HttpClient's {@code SimpleResponseConsumer} would
 * buffer any size.
 */
public final class BufferingConsumer implements AsyncResponseConsumer<BufferingConsumer.Buffered> {
  /**
   * A whole response as received, body still as the server encoded it.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the body bytes, within the limit
   */
  // Nothing compares these; the arrays are handed on as they are.
  @SuppressWarnings("ArrayRecordComponent")
  public record Buffered(int status, Header[] headers, byte[] body) {
    /**
     * The first value of a header.
     *
     * @param name the header name, in any case
     * @return the value, or null
     */
    public @Nullable String header(String name) {
      for (Header header : headers) {
        if (header.getName().equalsIgnoreCase(name)) {
          return header.getValue();
        }
      }
      return null;
    }
  }

  private final long limit;
  private volatile boolean abandoned;
  private @Nullable HttpResponse response;
  private Body.@Nullable Buffer buffer;
  private @Nullable FutureCallback<Buffered> callback;

  /**
   * A consumer for one response.
   *
   * @param limit the most bytes a successful body may have
   */
  public BufferingConsumer(long limit) {
    this.limit = limit;
  }

  @Override
  public void consumeResponse(
      HttpResponse response,
      @Nullable EntityDetails entity,
      HttpContext context,
      FutureCallback<Buffered> callback) {
    this.response = response;
    this.callback = callback;
    boolean error = response.getCode() >= 300;
    long cap = error ? Math.min(limit, Body.ERROR_LIMIT) : limit;
    if (entity == null) {
      complete(new byte[0]);
      return;
    }
    this.buffer = new Body.Buffer(cap, error, entity.getContentLength());
  }

  @Override
  public void informationResponse(HttpResponse response, HttpContext context) {}

  @Override
  public void updateCapacity(CapacityChannel channel) throws IOException {
    channel.update(Integer.MAX_VALUE);
  }

  /**
   * The exchange was cancelled or ran out of time: the next bytes that arrive fail it, which closes
   * its connection. Cancelling HttpClient's future does not always reach an exchange in flight, and
   * a connection left reading a server's slow answer would stay out of the pool meanwhile.
   */
  public void abandon() {
    abandoned = true;
  }

  @Override
  public void consume(ByteBuffer src) throws IOException {
    if (abandoned) {
      throw new IOException("the exchange was abandoned");
    }
    Body.Buffer current = buffer;
    if (current == null) {
      return;
    }
    if (src.hasArray()) {
      current.add(src.array(), src.arrayOffset() + src.position(), src.remaining());
      src.position(src.limit());
    } else {
      byte[] chunk = new byte[src.remaining()];
      src.get(chunk);
      current.add(chunk, 0, chunk.length);
    }
  }

  @Override
  public void streamEnd(@Nullable List<? extends Header> trailers) {
    Body.Buffer current = buffer;
    complete(current == null ? new byte[0] : current.bytes());
  }

  private void complete(byte[] body) {
    HttpResponse received = response;
    FutureCallback<Buffered> done = callback;
    if (received != null && done != null) {
      done.completed(new Buffered(received.getCode(), received.getHeaders(), body));
    }
  }

  @Override
  public void failed(Exception cause) {
    FutureCallback<Buffered> done = callback;
    if (done != null) {
      done.failed(cause);
    }
  }

  @Override
  public void releaseResources() {
    buffer = null;
  }
}
