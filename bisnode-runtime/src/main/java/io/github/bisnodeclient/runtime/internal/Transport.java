package io.github.bisnodeclient.runtime.internal;

import io.github.bisnodeclient.runtime.AccessToken;
import io.github.bisnodeclient.runtime.BisnodeException;
import io.github.bisnodeclient.runtime.BisnodeTimeoutException;
import io.github.bisnodeclient.runtime.CallContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.jspecify.annotations.Nullable;

/**
 * Sends API calls: blocking on the classic client, or as a {@code CompletableFuture} on the async
 * one. Both paths go through the same steps, an {@link Attempts} each: take a token, send, ask the
 * {@link RetryPolicy} what the outcome means (read, replay after a 401, retry after 429, 503 or a
 * failure to send), and report the call to the listener once it ends. Only how the bytes travel
 * differs between them.
 *
 * <p>Whatever the server does, an attempt of a buffered call ends by its deadline (the response
 * timeout, from sending to the last byte: a server that drips its body a byte at a time is cut
 * off), its body is read within the size limit, decoded bytes counted, and nothing but a {@link
 * BisnodeException} leaves a call. A blocking call whose thread is interrupted ends promptly too,
 * whatever it waits for: its exchange is aborted by {@link Interrupts}.
 */
public final class Transport {
  /**
   * Its logger, looked up on first use: finding the logging backend (a service lookup on the class
   * path) is start-up time that a client which never logs need not pay.
   */
  private static final class Log {
    static final System.Logger LOGGER = System.getLogger(Transport.class.getName());
  }

  private final Connections connections;
  private final RetryPolicy policy;
  private final Events events;
  private final long deadlineNanos;
  private final long maxResponseBytes;
  private final Scheduler scheduler;
  private final Interrupts interrupts;

  /** The asynchronous calls in flight, which closing the client ends. */
  private final Set<AsyncCall<?>> inFlight = ConcurrentHashMap.newKeySet();

  /**
   * A transport over a client's connections.
   *
   * @param connections the HTTP clients
   * @param maxAttempts how many times an idempotent request is sent at most
   * @param retryAfterCap the longest wait a {@code Retry-After} may impose
   * @param backoff the backoff between retries that name no delay
   * @param events the listener's events
   * @param responseTimeout how long an attempt of a buffered call may take, sending to last byte
   * @param maxResponseBytes the most bytes a buffered body may have, decoded
   * @param scheduler runs deadlines and asynchronous retries
   * @param interrupts aborts the blocking exchanges of interrupted threads
   */
  public Transport(
      Connections connections,
      int maxAttempts,
      Duration retryAfterCap,
      Backoff backoff,
      Events events,
      Duration responseTimeout,
      long maxResponseBytes,
      Scheduler scheduler,
      Interrupts interrupts) {
    this.connections = connections;
    this.policy = new RetryPolicy(maxAttempts, retryAfterCap, backoff);
    this.events = events;
    this.deadlineNanos = responseTimeout.toNanos();
    this.maxResponseBytes = maxResponseBytes;
    this.scheduler = scheduler;
    this.interrupts = interrupts;
  }

  /**
   * Ends every asynchronous call still in flight, whatever it waits for (a token, its exchange, a
   * retry's backoff), with a {@link BisnodeException}: the client is closing, and an exchange that
   * closing cuts off may never report back.
   */
  public void close() {
    for (AsyncCall<?> call : inFlight) {
      call.clientClosed();
    }
  }

  /** A call starts: its listener's context, or null without a listener. */
  @Nullable CallContext start(String api, Endpoint<?> endpoint, String scope) {
    return events.start(api, endpoint, scope);
  }

  /** A call refused before anything was sent (a missing path value, say). */
  void refused(@Nullable CallContext context, long startNanos, RuntimeException failure) {
    events.call(context, 0, 0, startNanos, failure);
  }

  <T extends @Nullable Object> T execute(Call<T> call) {
    Attempts<T> attempts = new Attempts<>(call);
    try {
      while (true) {
        if (Thread.currentThread().isInterrupted()) {
          // Interrupted before anything blocks: end now, whether or not a wait would notice.
          throw interrupted(call.endpoint(), new InterruptedException());
        }
        attempts.started();
        CallContext context = call.context();
        AccessToken token =
            context == null ? call.tokens().token() : ClientAccess.token(call.tokens(), context);
        HttpUriRequestBase http = new HttpUriRequestBase(call.endpoint().verb(), call.uri());
        if (call.endpoint().timeoutNanos() > 0) {
          http.setConfig(connections.requestConfig(call.endpoint().timeoutNanos()));
        }
        addHeaders(http, call, token);
        byte[] body = call.body();
        if (body != null) {
          http.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        }
        Deadline deadline = new Deadline(call, http::cancel);
        ClassicHttpResponse response;
        try {
          response = connections.classic().executeOpen(null, http, null);
        } catch (IOException e) {
          deadline.cancel();
          sleep(call.endpoint(), attempts.afterFailure(deadline.failure(e), true));
          continue;
        } catch (RuntimeException e) {
          deadline.cancel(); // no watch outlives its exchange, whatever ends it
          throw e;
        }
        RetryPolicy.Next next;
        try {
          next =
              attempts.afterResponse(
                  response.getCode(), headerValue(response, "Retry-After"), token);
        } catch (RuntimeException e) {
          closeQuietly(response);
          deadline.cancel();
          throw e;
        }
        if (next.action() != RetryPolicy.Action.READ) {
          closeQuietly(response);
          deadline.cancel();
          sleep(call.endpoint(), next.delayNanos());
          continue;
        }
        T result = read(call, response, deadline);
        attempts.succeeded();
        return result;
      }
    } catch (BisnodeException e) {
      attempts.failed(e);
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // HttpClient or Gson gave way to something a server sent: still a failure of this call.
      BisnodeException failure = sendFailure(call.endpoint(), e);
      attempts.failed(failure);
      throw failure;
    }
  }

  /**
   * The deadline of one blocking attempt: at {@code deadlineNanos} after sending it aborts the
   * exchange, so that a blocked read ends, and the failure that follows reads as a timeout. Until
   * cancelled, an interrupt of the caller's thread aborts the exchange as well.
   */
  private final class Deadline {
    private final Endpoint<?> endpoint;
    private final Scheduler.Deadline timer;
    private final Interrupts.Watch watch;

    Deadline(Call<?> call, Runnable abort) {
      this.endpoint = call.endpoint();
      this.timer = scheduler.deadline(deadlineOf(endpoint), abort);
      this.watch = interrupts.watch(abort);
    }

    void cancel() {
      timer.cancel();
      watch.end();
    }

    /**
     * A body streamed to the caller: the deadline ends, the watch goes on with the stream, for
     * whichever thread reads it.
     */
    Interrupts.Watch handOver() {
      timer.cancel();
      watch.idle();
      return watch;
    }

    /** What the call fails with for {@code e}: a timeout if the deadline caused it. */
    Exception failure(Exception e) {
      return timer.fired() ? timeout(endpoint, e) : e;
    }
  }

  /** The method's own {@code @Timeout}, or the client's response timeout. */
  private long deadlineOf(Endpoint<?> endpoint) {
    long own = endpoint.timeoutNanos();
    return own > 0 ? own : deadlineNanos;
  }

  private BisnodeTimeoutException timeout(Endpoint<?> endpoint, @Nullable Exception cause) {
    return new BisnodeTimeoutException(
        endpoint.verb()
            + " "
            + endpoint.path().template()
            + " did not complete within "
            + TimeUnit.NANOSECONDS.toMillis(deadlineOf(endpoint))
            + (endpoint.timeoutNanos() > 0 ? " ms (@Timeout)" : " ms (responseTimeout)"),
        cause == null ? new TimeoutException() : cause);
  }

  <T extends @Nullable Object> CompletableFuture<T> executeAsync(Call<T> call) {
    AsyncCall<T> async;
    try {
      async = new AsyncCall<>(call);
    } catch (RuntimeException e) {
      refused(call.context(), call.startNanos(), e);
      return CompletableFuture.failedFuture(e);
    }
    async.attempt();
    return async.result;
  }

  /** One call's progress through its attempts: the state both paths keep, and its decisions. */
  private final class Attempts<T extends @Nullable Object> {
    final Call<T> call;
    int count;
    int status;
    boolean replayed;

    /** Whether the listener heard how the call ended; an asynchronous call may end twice. */
    private boolean reported;

    Attempts(Call<T> call) {
      this.call = call;
    }

    void started() {
      count++;
      CallContext context = call.context();
      if (context != null) {
        ClientAccess.attempted(context, count);
      }
    }

    RetryPolicy.Next afterResponse(int status, @Nullable String retryAfter, AccessToken token) {
      this.status = status;
      Endpoint<T> endpoint = call.endpoint();
      RetryPolicy.Next next =
          policy.afterResponse(endpoint, count, replayed, status, retryAfter, Instant.now());
      switch (next.action()) {
        case REPLAY -> {
          // The token was refused (revoked, or expired early): renew it and send again.
          call.tokens().invalidate(token);
          replayed = true;
        }
        case RETRY ->
            Log.LOGGER.log(
                Level.DEBUG,
                "{0} {1} answered {2}; trying again in {3} ms",
                endpoint.verb(),
                endpoint.path().template(),
                status,
                TimeUnit.NANOSECONDS.toMillis(next.delayNanos()));
        case READ -> {}
      }
      return next;
    }

    /**
     * The wait before sending again after {@code failure}; throws if the call fails instead. Only a
     * blocking call's own thread can have been interrupted: an asynchronous attempt fails on the
     * I/O thread, whose flag is never the caller's to set.
     */
    long afterFailure(Exception failure, boolean blocking) {
      if (failure instanceof BisnodeException ours) {
        throw ours; // a timeout: the deadline was the call's, not one attempt's to retry
      }
      if (blocking && (Thread.currentThread().isInterrupted() || isInterrupt(failure))) {
        throw interrupted(call.endpoint(), failure);
      }
      if (failure instanceof SocketTimeoutException) {
        // The answer did not come within the read timeout, which is the call's deadline.
        throw timeout(call.endpoint(), failure);
      }
      long delay = policy.afterFailure(call.endpoint(), count);
      if (delay < 0) {
        throw sendFailure(call.endpoint(), failure);
      }
      return delay;
    }

    void succeeded() {
      if (firstReport()) {
        events.call(call.context(), status, count, call.startNanos(), null);
      }
    }

    void failed(Throwable failure) {
      if (firstReport()) {
        events.call(call.context(), status, count, call.startNanos(), failure);
      }
    }

    private synchronized boolean firstReport() {
      if (reported) {
        return false;
      }
      reported = true;
      return true;
    }
  }

  /** An asynchronous call: the same attempts, moved on by callbacks; never blocks a thread. */
  private final class AsyncCall<T extends @Nullable Object> {
    final CompletableFuture<T> result = new CompletableFuture<>();
    final Attempts<T> attempts;
    final Call<T> call;

    /** The exchange in flight, or the timer of the next attempt: what a cancel must stop. */
    private volatile @Nullable Future<?> pending;

    /** The response consumer of the latest exchange, abandoned with it. */
    private volatile @Nullable BufferingConsumer consumer;

    AsyncCall(Call<T> call) {
      this.call = call;
      this.attempts = new Attempts<>(call);
      connections.async(); // fails now, not on a callback, if the client is closed
      inFlight.add(this);
      // The caller's cancel(true) aborts the exchange and frees its connection, not only the
      // future; whenComplete's own future adds nothing.
      // The listener hears of the cancel too: the call ends here, whatever the exchange does next.
      var unused =
          result.whenComplete(
              (value, failure) -> {
                inFlight.remove(this);
                if (!result.isCancelled()) {
                  return;
                }
                abandon();
                attempts.failed(
                    failure != null
                        ? failure
                        : new CancellationException("the call was cancelled"));
              });
    }

    void attempt() {
      if (result.isDone()) {
        return;
      }
      attempts.started();
      CallContext context = call.context();
      CompletableFuture<AccessToken> next =
          context == null
              ? call.tokens().tokenAsync()
              : ClientAccess.tokenAsync(call.tokens(), context);
      // The callback moves the call on; the future whenComplete returns adds nothing to it.
      var unused =
          next.whenComplete(
              (token, failure) -> {
                if (failure != null) {
                  fail(Failures.unwrap(failure));
                } else {
                  send(token);
                }
              });
    }

    void send(AccessToken token) {
      if (result.isDone()) {
        return;
      }
      SimpleHttpRequest http = new SimpleHttpRequest(call.endpoint().verb(), call.uri());
      if (call.endpoint().timeoutNanos() > 0) {
        http.setConfig(connections.requestConfig(call.endpoint().timeoutNanos()));
      }
      addHeaders(http, call, token);
      byte[] body = call.body();
      if (body != null) {
        http.setBody(body, ContentType.APPLICATION_JSON);
      }
      try {
        Scheduler.ExchangeDeadline deadline =
            scheduler.exchangeDeadline(deadlineOf(call.endpoint()));
        BufferingConsumer buffering = new BufferingConsumer(maxResponseBytes);
        consumer = buffering;
        Future<?> exchange =
            connections
                .async()
                .execute(
                    SimpleRequestProducer.create(http),
                    buffering,
                    new FutureCallback<BufferingConsumer.Buffered>() {
                      @Override
                      public void completed(BufferingConsumer.Buffered response) {
                        deadline.cancel();
                        received(token, response);
                      }

                      @Override
                      public void failed(Exception e) {
                        deadline.cancel();
                        if (e instanceof Body.TooLarge || e.getCause() instanceof Body.TooLarge) {
                          fail(Body.tooLarge(call.endpoint(), maxResponseBytes));
                          return;
                        }
                        try {
                          later(attempts.afterFailure(e, false));
                        } catch (RuntimeException failure) {
                          fail(failure);
                        }
                      }

                      @Override
                      public void cancelled() {
                        deadline.cancel();
                        if (deadline.fired()) {
                          fail(timeout(call.endpoint(), null));
                        } else {
                          result.cancel(false);
                        }
                      }
                    });
        pending = exchange;
        deadline.arm(exchange, buffering);
        if (result.isCancelled()) {
          buffering.abandon();
          exchange.cancel(true);
        }
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    void received(AccessToken token, BufferingConsumer.Buffered response) {
      try {
        RetryPolicy.Next next =
            attempts.afterResponse(response.status(), response.header("Retry-After"), token);
        if (next.action() != RetryPolicy.Action.READ) {
          later(next.delayNanos());
          return;
        }
        boolean error = response.status() >= 300;
        byte[] bytes =
            Body.decode(
                response.body(), response.header("Content-Encoding"), maxResponseBytes, error);
        T value =
            Responses.read(
                call.endpoint(),
                response.status(),
                response.headers(),
                bytes,
                ContentType.parseLenient(response.header("Content-Type")),
                call.gson());
        attempts.succeeded();
        result.complete(value);
      } catch (Body.TooLarge e) {
        fail(Body.tooLarge(call.endpoint(), maxResponseBytes));
      } catch (IOException e) {
        fail(sendFailure(call.endpoint(), e));
      } catch (RuntimeException | StackOverflowError e) {
        fail(e instanceof BisnodeException ? e : sendFailure(call.endpoint(), e));
      }
    }

    void later(long delayNanos) {
      if (delayNanos <= 0) {
        attempt();
      } else {
        pending = scheduler.schedule(this::attempt, delayNanos);
      }
    }

    void fail(Throwable failure) {
      attempts.failed(failure);
      result.completeExceptionally(failure);
    }

    /** The client closes while this call is in flight: it ends now, its exchange aborted. */
    void clientClosed() {
      fail(
          new BisnodeException(
              call.endpoint().verb()
                  + " "
                  + call.endpoint().path().template()
                  + ": the client was closed before the call ended"));
      abandon();
    }

    /** Stops the exchange in flight or the timer of the next attempt. */
    private void abandon() {
      BufferingConsumer reading = consumer;
      if (reading != null) {
        reading.abandon();
      }
      Future<?> current = pending;
      if (current != null) {
        current.cancel(true);
      }
    }
  }

  /**
   * The bearer token, then the headers: the call's own replace the method's and interface's of the
   * same name, and either replaces the default {@code Accept: application/json}.
   */
  private static void addHeaders(HttpMessage http, Call<?> call, AccessToken token) {
    http.addHeader(new SecretHeader("Authorization", "Bearer", token.value()));
    boolean accept = false;
    for (String[] header : call.endpoint().headers()) {
      if (!named(call.headers(), header[0])) {
        http.addHeader(header[0], header[1]);
        accept |= header[0].equalsIgnoreCase("Accept");
      }
    }
    for (String[] header : call.headers()) {
      http.addHeader(header[0], header[1]);
      accept |= header[0].equalsIgnoreCase("Accept");
    }
    CallContext context = call.context();
    if (context != null) {
      // The listener's headers (a tracer's traceparent, say), checked when it added them; the
      // call's and the method's own of the same name win.
      for (String[] header : ClientAccess.headers(context)) {
        if (!named(call.headers(), header[0]) && !named(call.endpoint().headers(), header[0])) {
          http.addHeader(header[0], header[1]);
          accept |= header[0].equalsIgnoreCase("Accept");
        }
      }
    }
    if (!accept) {
      http.addHeader("Accept", "application/json");
    }
  }

  /** Whether {@code headers} hold one of this name. */
  private static boolean named(List<String[]> headers, String name) {
    for (String[] header : headers) {
      if (header[0].equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private <T extends @Nullable Object> T read(
      Call<T> call, ClassicHttpResponse response, Deadline deadline) {
    Endpoint<T> endpoint = call.endpoint();
    boolean handedOver = false;
    try {
      int status = response.getCode();
      HttpEntity entity = response.getEntity();
      if (endpoint.returns().kind() == Returns.Kind.STREAM && status >= 200 && status < 300) {
        // The caller reads at its own pace; each read waits at most the response timeout, and an
        // interrupt of the thread that reads ends it.
        @SuppressWarnings("unchecked")
        T stream = (T) new ResponseStream(response, entity, endpoint, deadline.handOver());
        handedOver = true;
        return stream;
      }
      byte[] bytes =
          entity == null ? new byte[0] : readBody(entity, status >= 300, maxResponseBytes);
      ContentType type = entity == null ? null : ContentType.parseLenient(entity.getContentType());
      return Responses.read(endpoint, status, response.getHeaders(), bytes, type, call.gson());
    } catch (Body.TooLarge e) {
      throw Body.tooLarge(endpoint, maxResponseBytes);
    } catch (IOException e) {
      Exception failure = deadline.failure(e);
      if (failure instanceof BisnodeException ours) {
        throw ours;
      }
      throw Thread.currentThread().isInterrupted()
          ? interrupted(endpoint, e)
          : sendFailure(endpoint, e);
    } finally {
      if (!handedOver) {
        // Closing reads what is left of a body cut short, to reuse the connection (one that
        // cannot be reused is not kept: see Connections.reuse); the deadline bounds that too.
        closeQuietly(response);
        deadline.cancel();
      }
    }
  }

  /**
   * The whole body, decoded, within the size limit (an error body is cut at its own): in one array
   * of exactly its size when the response says how long it is and is not compressed. HttpClient's
   * {@code EntityUtils.toByteArray} allocates a 4 KiB scratch buffer, a buffer of the announced
   * length and a copy of it: four times a typical 1.6 KB answer, the largest item in the allocation
   * profile of a call (BENCHMARKS.md).
   */
  static byte[] readBody(HttpEntity entity, boolean error, long limit) throws IOException {
    long length = entity.getContentLength();
    String encoding = entity.getContentEncoding();
    if (!error && encoding == null && length > limit) {
      throw new Body.TooLarge(limit);
    }
    try (InputStream in = entity.getContent()) {
      if (in == null) {
        return new byte[0];
      }
      if (!error && encoding == null && length >= 0) {
        // readNBytes allocates at most 8 KiB at a time, so a large announced length costs
        // nothing up front; up to that size the array it fills is the one it returns.
        return in.readNBytes((int) length);
      }
      return Body.read(in, encoding, limit, error);
    }
  }

  private static void sleep(Endpoint<?> endpoint, long nanos) {
    if (nanos <= 0) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      throw interrupted(endpoint, e);
    }
  }

  /**
   * Whether an I/O failure says that the thread was interrupted. HttpClient's connect, read and
   * pool-wait timeouts are {@link InterruptedIOException}s too, and none of them is an interrupt.
   */
  private static boolean isInterrupt(Exception failure) {
    return failure instanceof InterruptedIOException
        && !(failure instanceof SocketTimeoutException)
        && !(failure instanceof ConnectTimeoutException)
        && !(failure instanceof ConnectionRequestTimeoutException);
  }

  /** The caller's thread was interrupted: its flag stays set, and the cause says why. */
  private static BisnodeException interrupted(Endpoint<?> endpoint, Exception e) {
    Thread.currentThread().interrupt();
    InterruptedException cause =
        e instanceof InterruptedException interrupt ? interrupt : new InterruptedException();
    if (cause != e) {
      cause.initCause(e);
    }
    return new BisnodeException(
        endpoint.verb() + " " + endpoint.path().template() + " was interrupted", cause);
  }

  static BisnodeException sendFailure(Endpoint<?> endpoint, Throwable e) {
    return new BisnodeException(
        endpoint.verb() + " " + endpoint.path().template() + " failed: " + Failures.describe(e), e);
  }

  private static @Nullable String headerValue(HttpMessage message, String name) {
    Header header = message.getFirstHeader(name);
    return header == null ? null : header.getValue();
  }

  private static void closeQuietly(ClassicHttpResponse response) {
    try {
      response.close();
    } catch (IOException e) {
      // The connection is discarded either way.
    }
  }

  /**
   * A response body the caller reads; closing it releases the connection. A read whose thread is
   * interrupted ends with an {@link InterruptedIOException} whose cause is the {@link
   * InterruptedException}, the thread's flag still set; the connection is closed.
   */
  private static final class ResponseStream extends FilterInputStream {
    private final ClassicHttpResponse response;
    private final Endpoint<?> endpoint;
    private final Interrupts.Watch watch;

    /** A read failed: the connection is broken, and closing must not read on to drain it. */
    private volatile boolean broken;

    ResponseStream(
        ClassicHttpResponse response,
        @Nullable HttpEntity entity,
        Endpoint<?> endpoint,
        Interrupts.Watch watch)
        throws IOException {
      super(entity == null ? InputStream.nullInputStream() : entity.getContent());
      this.response = response;
      this.endpoint = endpoint;
      this.watch = watch;
    }

    @Override
    public int read() throws IOException {
      watch.reading();
      try {
        return atEnd(super.read());
      } catch (IOException e) {
        throw failure(e);
      } finally {
        watch.idle();
      }
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      watch.reading();
      try {
        return atEnd(super.read(bytes, offset, length));
      } catch (IOException e) {
        throw failure(e);
      } finally {
        watch.idle();
      }
    }

    @Override
    public long skip(long n) throws IOException {
      watch.reading();
      try {
        return super.skip(n);
      } catch (IOException e) {
        throw failure(e);
      } finally {
        watch.idle();
      }
    }

    /** At the end of the body HttpClient releases the connection: nothing is left to watch. */
    private int atEnd(int read) {
      if (read < 0) {
        watch.end();
      }
      return read;
    }

    private IOException failure(IOException e) {
      broken = true;
      watch.end();
      if (!watch.aborted() && !Thread.currentThread().isInterrupted()) {
        return e;
      }
      Thread.currentThread().interrupt();
      InterruptedException cause = new InterruptedException();
      cause.initCause(e);
      InterruptedIOException interrupted =
          new InterruptedIOException(
              "Reading the body of "
                  + endpoint.verb()
                  + " "
                  + endpoint.path().template()
                  + " was interrupted");
      interrupted.initCause(cause);
      return interrupted;
    }

    @Override
    public void close() throws IOException {
      watch.end();
      if (broken) {
        closeQuietly(response); // discards the connection; the read already said what failed
        return;
      }
      try {
        super.close();
      } finally {
        response.close();
      }
    }
  }
}
