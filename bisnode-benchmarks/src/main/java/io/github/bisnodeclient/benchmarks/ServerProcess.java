package io.github.bisnodeclient.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@link LoopbackServer} in a JVM of its own, for a whole run; closing it stops it. */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the server with 4 handler threads and waits until it listens. */
  static ServerProcess start(String classPath) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server =
        new ProcessBuilder(
                java, "-Xmx512m", "-cp", classPath, LoopbackServer.class.getName(), "0", "4")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line = lines.readLine();
    if (line == null || !line.startsWith(LoopbackServer.READY)) {
      server.destroyForcibly();
      throw new IllegalStateException("the loopback server did not start: " + line);
    }
    return new ServerProcess(
        server, Integer.parseInt(line.substring(LoopbackServer.READY.length()).trim()));
  }

  int port() {
    return port;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * Sends the server a few thousand searches from the JDK's own HTTP client before anything is
   * measured: a cold server otherwise slows whichever contender happens to run first.
   */
  void warm() throws InterruptedException {
    String baseUrl = baseUrl();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest search =
        HttpRequest.newBuilder(URI.create(baseUrl + "/person/search?firstName=Sven"))
            .header("Authorization", "Bearer " + Fixtures.TOKEN)
            .build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 5_000 && System.nanoTime() < deadline; i++) {
                  try {
                    http.send(search, HttpResponse.BodyHandlers.discarding());
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                }
              },
              "warm-server-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(40));
    }
  }

  /** Closes the server's standard input, which stops it, and waits for it a while. */
  @Override
  public void close() throws IOException {
    process.getOutputStream().close();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
