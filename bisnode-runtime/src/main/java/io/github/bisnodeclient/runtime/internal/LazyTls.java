package io.github.bisnodeclient.runtime.internal;

import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.jspecify.annotations.Nullable;

/**
 * HttpClient's default TLS, set up on the first {@code https} connection instead of when the client
 * is built. Building it loads and parses the JDK's trust store, about 150 certificates and 300
 * classes, a third of the time from JVM start to the first call (BENCHMARKS.md), which a client
 * whose calls all go to an {@code http} sandbox on the loopback address need not pay.
 */
final class LazyTls implements TlsSocketStrategy {
  @GuardedBy("this")
  private @Nullable TlsSocketStrategy strategy;

  @Override
  public SSLSocket upgrade(
      Socket socket, String target, int port, @Nullable Object attachment, HttpContext context)
      throws IOException {
    return strategy().upgrade(socket, target, port, attachment, context);
  }

  /** Once per client, on its first TLS connection; later connections only read the field. */
  private synchronized TlsSocketStrategy strategy() {
    TlsSocketStrategy current = strategy;
    if (current == null) {
      current = DefaultClientTlsStrategy.createDefault();
      strategy = current;
    }
    return current;
  }
}
