package io.github.bisnodeclient.runtime.publicapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Error bodies are read only up to their cap, blocking and asynchronous alike; a compressed one cut
 * at the cap decodes to what it holds, so the call fails with the server's status and the start of
 * its body on both paths.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CompressedErrorBodyTest {
  record Archive(String name) {}

  @BisnodeApi(baseUrl = "https://archive.example.com/v9", scope = "archive")
  interface ArchiveApi {
    @Get("/error-gzip-large")
    Archive errorGzipLarge();

    @Get("/error-gzip-large")
    CompletableFuture<Archive> errorGzipLargeAsync();
  }

  private ScriptedServer server;

  @BeforeEach
  void start() throws Exception {
    // A 429 whose gzip body gzip cannot shrink (random bytes after the message's start): about
    // 200 KB compressed, so the first 64 KiB of compressed bytes inflate to less than 64 KiB and
    // end mid-stream.
    byte[] random = new byte[200_000];
    new Random(7).nextBytes(random);
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
      gz.write("{\"message\":\"quota exceeded ".getBytes(StandardCharsets.UTF_8));
      gz.write(random);
      gz.write("\"}".getBytes(StandardCharsets.UTF_8));
    }
    byte[] body = raw.toByteArray();
    server = new ScriptedServer();
    server.on(
        "/error-gzip-large",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "application/json");
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          ex.sendResponseHeaders(429, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          } catch (IOException e) {
            // the client stopped reading at its cap
          }
        });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aCompressedErrorBodyLargerThanTheCapIsTheSameApiExceptionOnBothPaths() {
    try (BisnodeClient client = server.client().build()) {
      ArchiveApi api = client.create(ArchiveApi.class);
      Throwable e = assertThrows(Throwable.class, api::errorGzipLarge);
      BisnodeApiException blocking = assertInstanceOf(BisnodeApiException.class, e, "got " + e);
      assertEquals(429, blocking.status());
      assertTrue(blocking.body().startsWith("{\"message\":\"quota exceeded"), blocking.body());
      ExecutionException ae =
          assertThrows(
              ExecutionException.class, () -> api.errorGzipLargeAsync().get(30, TimeUnit.SECONDS));
      BisnodeApiException async =
          assertInstanceOf(
              BisnodeApiException.class,
              ae.getCause(),
              "blocking gave BisnodeApiException 429; async gave " + ae.getCause());
      assertEquals(429, async.status());
    }
  }
}
