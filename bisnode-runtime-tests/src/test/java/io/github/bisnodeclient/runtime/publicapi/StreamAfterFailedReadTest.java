package io.github.bisnodeclient.runtime.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.runtime.BisnodeClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An InputStream returned by a call is closed to release its connection. Once one of its reads has
 * failed (here: timed out), closing it discards the connection quietly instead of throwing
 * HttpClient's socket error.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StreamAfterFailedReadTest {
  @BisnodeApi(baseUrl = "https://files.example.com/store", scope = "files")
  interface FileApi {
    @Get("/stalled")
    InputStream stalled();
  }

  private ScriptedServer server;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
    // Sends the start of a chunked body, then nothing until the server closes.
    server.on(
        "/stalled",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          OutputStream out = ex.getResponseBody();
          out.write("start".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          server.awaitRelease(30);
          out.close();
        });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void closingAStreamAfterItsReadTimedOutIsQuiet() throws Exception {
    try (BisnodeClient client = server.client().responseTimeout(Duration.ofSeconds(1)).build()) {
      InputStream in = client.create(FileApi.class).stalled();
      assertEquals('s', in.read());
      IOException read = assertThrows(IOException.class, in::readAllBytes);
      try {
        in.close();
      } catch (IOException e) {
        fail("close() after the read failed with " + read + " threw " + e, e);
      }
    }
  }
}
