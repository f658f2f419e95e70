package io.github.bisnodeclient.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pool's side of our connections, on real loopback sockets. */
class QuietConnectionsTest {
  private ServerSocket server;

  @BeforeEach
  void listen() throws Exception {
    server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private Socket connect() throws Exception {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()));
    return socket;
  }

  @Test
  void leavesIdleModeWithTheTimeoutItWasBoundWith() throws Exception {
    Socket socket = connect();
    socket.setSoTimeout(1234);
    ManagedHttpClientConnection connection = QuietConnections.INSTANCE.createConnection(socket);
    assertTrue(connection.isOpen());
    assertSame(socket, connection.getSocket());
    assertTrue(connection.toString().startsWith("bisnode-"), connection.toString());

    connection.passivate();
    assertEquals(0, socket.getSoTimeout());
    connection.activate();
    assertEquals(1234, socket.getSoTimeout());
    connection.setSocketTimeout(Timeout.ofMilliseconds(500));
    assertEquals(Timeout.ofMilliseconds(500), connection.getSocketTimeout());

    connection.close();
    assertFalse(connection.isOpen());
    assertNull(connection.getSocket());
    assertTrue(socket.isClosed());
  }

  @Test
  void refusesASocketOnceClosedAndClosesIt() throws Exception {
    ManagedHttpClientConnection connection = QuietConnections.INSTANCE.createConnection(null);
    assertFalse(connection.isOpen());
    connection.close(CloseMode.GRACEFUL);
    Socket socket = connect();
    assertThrows(InterruptedIOException.class, () -> connection.bind(socket));
    assertTrue(socket.isClosed());
    assertFalse(connection.isOpen());
  }

  @Test
  void runsHttpOnTheTlsSocketAndClosesTheOneBelowIt() throws Exception {
    Socket plain = connect();
    SSLSocket tls =
        (SSLSocket)
            SSLContext.getDefault()
                .getSocketFactory()
                .createSocket(plain, "localhost", server.getLocalPort(), true);
    ManagedHttpClientConnection connection = QuietConnections.INSTANCE.createConnection(null);
    connection.bind(plain);
    connection.bind(tls, plain);
    assertSame(tls, connection.getSocket());
    connection.close(CloseMode.IMMEDIATE);
    assertTrue(plain.isClosed());
    assertNull(connection.getSocket());
  }
}
