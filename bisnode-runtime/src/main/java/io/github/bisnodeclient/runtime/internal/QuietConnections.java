package io.github.bisnodeclient.runtime.internal;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;

/**
 * Classic connections that never log headers or wire bytes. HttpClient's own connections dump every
 * header (the bearer token, the Basic credentials) and the raw bytes (the token answer) as soon as
 * a user's logging backend enables DEBUG for {@code org.apache.hc.client5.http.headers} or {@code
 * .wire}; ours stay silent whatever the log settings.
 */
final class QuietConnections implements HttpConnectionFactory<ManagedHttpClientConnection> {
  static final QuietConnections INSTANCE = new QuietConnections();

  private static final AtomicLong COUNTER = new AtomicLong();

  private QuietConnections() {}

  @Override
  public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
    QuietConnection connection = new QuietConnection("bisnode-" + COUNTER.getAndIncrement());
    if (socket != null) {
      connection.bind(socket);
    }
    return connection;
  }

  private static final class QuietConnection extends DefaultManagedHttpClientConnection {
    QuietConnection(String id) {
      super(id);
    }

    @Override
    public void bind(Socket socket) throws IOException {
      bind(new SocketHolder(socket));
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
      bind(new SocketHolder(sslSocket, socket));
    }

    @Override
    protected void onRequestSubmitted(ClassicHttpRequest request) {
      // No header log: see the class comment.
    }

    @Override
    protected void onResponseReceived(ClassicHttpResponse response) {
      // No header log: see the class comment.
    }
  }
}
