package io.github.bisnodeclient.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLException;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.junit.jupiter.api.Test;

class LazyTlsTest {
  @Test
  void setsTlsUpOnTheFirstConnectionAndHandshakesThere() throws IOException {
    LazyTls tls = new LazyTls();
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      for (int i = 0; i < 2; i++) {
        try (Socket socket = new Socket(server.getInetAddress(), server.getLocalPort());
            Socket accepted = server.accept()) {
          accepted.close(); // not a TLS server: the handshake fails, which shows it was tried
          assertThrows(
              SSLException.class,
              () ->
                  tls.upgrade(
                      socket, "localhost", server.getLocalPort(), null, HttpCoreContext.create()));
        }
      }
    }
  }
}
