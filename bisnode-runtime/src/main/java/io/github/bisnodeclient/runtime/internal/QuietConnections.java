package io.github.bisnodeclient.runtime.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.ProtocolVersion;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * Classic connections that never log headers or wire bytes. HttpClient's own connection class dumps
 * every header (the bearer token, the Basic credentials) through {@code
 * org.apache.hc.client5.http.headers}, and decides when a socket is bound to it whether to wrap the
 * socket's streams in a logger that prints every byte read or written (the token answer, the form
 * with the secret) through {@code org.apache.hc.client5.http.wire}: whenever a user's logging
 * backend has that logger at DEBUG. Ours stay silent whatever the log settings.
 *
 * <p>They are built by composition, not by inheritance: HttpClient's connection class is final in
 * HttpClient 5.5 and internal in 5.6, so a subclass breaks on one version or the next. Each
 * connection here delegates the HTTP/1.1 exchange to httpcore's public {@link
 * DefaultBHttpClientConnection}, which is the class HttpClient's own extends and which logs
 * nothing, and adds the little a pooled connection needs: the {@link ManagedHttpClientConnection}
 * interface, an id for HttpClient's pool log, and idle-mode socket timeouts. That interface is the
 * one thing taken from HttpClient: it is the type {@code
 * PoolingHttpClientConnectionManagerBuilder.setConnectionFactory} takes, and although marked
 * internal it has kept its methods since HttpClient 4.3, 5.4 adding one with a default. Each call
 * goes one method deeper than before and allocates nothing more.
 */
final class QuietConnections implements HttpConnectionFactory<ManagedHttpClientConnection> {
  static final QuietConnections INSTANCE = new QuietConnections();

  private static final AtomicLong COUNTER = new AtomicLong();

  private QuietConnections() {}

  @Override
  public ManagedHttpClientConnection createConnection(@Nullable Socket socket) throws IOException {
    QuietConnection connection = new QuietConnection("bisnode-" + COUNTER.getAndIncrement());
    if (socket != null) {
      connection.bind(socket);
    }
    return connection;
  }

  /** One pooled connection: httpcore's HTTP/1.1 connection, with no logger on any path. */
  static final class QuietConnection implements ManagedHttpClientConnection, Identifiable {
    private final String id;
    private final DefaultBHttpClientConnection http =
        new DefaultBHttpClientConnection(Http1Config.DEFAULT);
    private final AtomicBoolean closed = new AtomicBoolean();

    /** The socket HTTP runs on: the TLS socket over a plain one for {@code https}. */
    private volatile @Nullable Socket socket;

    /** The socket timeout the connection was bound with, restored when it leaves idle mode. */
    private volatile Timeout socketTimeout = Timeout.INFINITE;

    QuietConnection(String id) {
      this.id = id;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public void bind(Socket socket) throws IOException {
      refuseIfClosed(socket);
      http.bind(socket);
      bound(socket);
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
      refuseIfClosed(sslSocket);
      http.bind(sslSocket, socket);
      bound(sslSocket);
    }

    /** A connection closed while it was being connected (the pool shut down) takes no socket. */
    private void refuseIfClosed(Socket socket) throws IOException {
      if (closed.get()) {
        socket.close();
        throw new InterruptedIOException("Connection already shutdown");
      }
    }

    private void bound(Socket socket) throws SocketException {
      this.socket = socket;
      this.socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    @Override
    public @Nullable Socket getSocket() {
      return http.isOpen() ? socket : null;
    }

    @Override
    public @Nullable SSLSession getSSLSession() {
      return http.getSSLSession();
    }

    /** Idle in the pool: no read waits on this socket, so no timeout applies. */
    @Override
    public void passivate() {
      http.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
      http.setSocketTimeout(socketTimeout);
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
      http.setSocketTimeout(timeout);
    }

    @Override
    public Timeout getSocketTimeout() {
      return http.getSocketTimeout();
    }

    @Override
    public void close() throws IOException {
      if (closed.compareAndSet(false, true)) {
        http.close();
      }
    }

    @Override
    public void close(CloseMode closeMode) {
      if (closed.compareAndSet(false, true)) {
        http.close(closeMode);
      }
    }

    @Override
    public boolean isOpen() {
      return http.isOpen();
    }

    @Override
    public boolean isConsistent() {
      return http.isConsistent();
    }

    @Override
    public boolean isStale() throws IOException {
      return http.isStale();
    }

    @Override
    public boolean isDataAvailable(Timeout timeout) throws IOException {
      return http.isDataAvailable(timeout);
    }

    @Override
    public void sendRequestHeader(ClassicHttpRequest request) throws HttpException, IOException {
      http.sendRequestHeader(request);
    }

    @Override
    public void sendRequestEntity(ClassicHttpRequest request) throws HttpException, IOException {
      http.sendRequestEntity(request);
    }

    @Override
    public void terminateRequest(ClassicHttpRequest request) throws HttpException, IOException {
      http.terminateRequest(request);
    }

    @Override
    public ClassicHttpResponse receiveResponseHeader() throws HttpException, IOException {
      return http.receiveResponseHeader();
    }

    @Override
    public void receiveResponseEntity(ClassicHttpResponse response)
        throws HttpException, IOException {
      http.receiveResponseEntity(response);
    }

    @Override
    public void flush() throws IOException {
      http.flush();
    }

    @Override
    public @Nullable EndpointDetails getEndpointDetails() {
      return http.getEndpointDetails();
    }

    @Override
    public @Nullable SocketAddress getLocalAddress() {
      return http.getLocalAddress();
    }

    @Override
    public @Nullable SocketAddress getRemoteAddress() {
      return http.getRemoteAddress();
    }

    @Override
    public @Nullable ProtocolVersion getProtocolVersion() {
      return http.getProtocolVersion();
    }

    @Override
    public String toString() {
      return id + " " + http;
    }
  }
}
