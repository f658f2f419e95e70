package io.github.bisnodeclient.benchmarks;

import io.github.bisnodeclient.runtime.BisnodeClient;
import io.github.bisnodeclient.runtime.BisnodeException;
import io.github.bisnodeclient.runtime.BisnodeTimeoutException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPOutputStream;

/**
 * The hostile-peer load run: 64 threads call for 60 s through a generated client against a server
 * on 127.0.0.1 where about 1 % of the answers are hostile (a body dripped a byte at a time, a gzip
 * bomb, a reset connection, garbage instead of HTTP). Every good call must succeed, every bad one
 * fail with a {@link BisnodeException} within its deadline, the heap stay bounded and no client
 * thread outlive the client. {@code bisnode-benchmarks/hostile-run.sh} builds and starts it; the
 * result goes into BENCHMARKS.md under "Hostile-peer load run".
 */
public final class HostileLoadRun {
  private static final int THREADS = 64;
  private static final Duration LENGTH = Duration.ofSeconds(60);
  private static final Duration DEADLINE = Duration.ofSeconds(1);
  private static final long LIMIT = 1024 * 1024;
  private static final String[] HOSTILE = {"drip", "bomb", "reset", "garbage"};

  private final LongAdder good = new LongAdder();
  private final LongAdder goodFailed = new LongAdder();
  private final LongAdder bad = new LongAdder();
  private final LongAdder badTyped = new LongAdder();
  private final LongAdder badUntyped = new LongAdder();
  private final LongAdder badSucceeded = new LongAdder();
  private final LongAccumulator slowestBadMillis = new LongAccumulator(Math::max, 0);
  private final LongAccumulator slowestGoodMillis = new LongAccumulator(Math::max, 0);
  private final AtomicLong maxHeap = new AtomicLong();
  private final List<String> surprises = new ArrayList<>();

  private HostileLoadRun() {}

  /**
   * Runs the load run.
   *
   * @param args {@code [--out BENCHMARKS.md] [--command TEXT]}
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of("BENCHMARKS.md");
    String command = "bisnode-benchmarks/hostile-run.sh";
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--out")) {
        out = Path.of(args[i + 1]);
      } else if (args[i].equals("--command")) {
        command = args[i + 1];
      }
    }
    String startedAt = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_DATE_TIME);
    String loadBefore = Machine.loadAverage();
    HostileLoadRun run = new HostileLoadRun();
    boolean pass = run.run();
    ReportFile.replaceSection(out, "hostile-run", run.report(command, startedAt, loadBefore, pass));
    System.out.println("Wrote " + out.toAbsolutePath());
    if (!pass) {
      System.exit(1);
    }
  }

  private boolean run() throws Exception {
    int threadsBefore = clientThreads();
    try (HostileServer server = new HostileServer();
        BisnodeClient client =
            BisnodeClient.builder()
                .credentials("load", "secret")
                .tokenUrl(server.url() + "/token")
                .baseUrl(server.url() + "/hostile")
                .responseTimeout(DEADLINE)
                .maxResponseBytes(LIMIT)
                .maxConnections(THREADS)
                .maxAttempts(1) // each bad answer must show as the failure it causes
                .build()) {
      BenchHostileApi api = client.create(BenchHostileApi.class);
      ExecutorService callers = Executors.newFixedThreadPool(THREADS);
      long end = System.nanoTime() + LENGTH.toNanos();
      for (int t = 0; t < THREADS; t++) {
        callers.execute(() -> callUntil(api, end));
      }
      while (System.nanoTime() - end < 0) {
        maxHeap.accumulateAndGet(liveHeap(), Math::max);
        Thread.sleep(100);
      }
      callers.shutdown();
      if (!callers.awaitTermination(30, TimeUnit.SECONDS)) {
        surprises.add("callers still running 30 s after the end");
        callers.shutdownNow();
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    int threadsAfter = clientThreads();
    while (threadsAfter > threadsBefore && System.nanoTime() < deadline) {
      Thread.sleep(100);
      threadsAfter = clientThreads();
    }
    if (threadsAfter > threadsBefore) {
      surprises.add("client threads left behind: " + (threadsAfter - threadsBefore));
    }
    long bound = DEADLINE.toMillis() + 2_000;
    return good.sum() > 0
        && goodFailed.sum() == 0
        && bad.sum() > 0
        && badUntyped.sum() == 0
        && badSucceeded.sum() == 0
        && slowestBadMillis.get() <= bound
        && maxHeap.get() < 128L * 1024 * 1024
        && surprises.isEmpty();
  }

  private void callUntil(BenchHostileApi api, long end) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (long calls = 0; calls < 10_000_000 && System.nanoTime() - end < 0; calls++) {
      boolean hostile = random.nextInt(100) == 0;
      String kind = hostile ? HOSTILE[random.nextInt(HOSTILE.length)] : "good";
      long start = System.nanoTime();
      try {
        api.fetch(kind);
        (hostile ? badSucceeded : good).increment();
        if (!hostile) {
          slowestGoodMillis.accumulate(millisSince(start));
        }
      } catch (BisnodeException e) {
        if (hostile) {
          bad.increment();
          badTyped.increment();
          slowestBadMillis.accumulate(millisSince(start));
          if (kind.equals("drip") && !(e instanceof BisnodeTimeoutException)) {
            note("drip ended as " + e.getClass().getSimpleName() + ": " + e.getMessage());
          }
        } else {
          goodFailed.increment();
          note("good call failed: " + e);
        }
      } catch (RuntimeException | Error e) {
        (hostile ? bad : goodFailed).increment();
        badUntyped.increment();
        note(kind + " escaped as " + e);
      }
    }
  }

  private synchronized void note(String surprise) {
    if (surprises.size() < 10) {
      surprises.add(surprise);
    }
  }

  /** The heap in use after the last collection: what the run keeps alive, garbage left out. */
  private static long liveHeap() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (afterGc != null) {
        used += afterGc.getUsed();
      }
    }
    return used;
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static int clientThreads() {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      String name = thread.getName();
      if (thread.isAlive() && (name.startsWith("httpclient-") || name.startsWith("bisnode-"))) {
        count++;
      }
    }
    return count;
  }

  private String report(String command, String startedAt, String loadBefore, boolean pass) {
    StringBuilder out = new StringBuilder("## Hostile-peer load run\n\n");
    out.append("`")
        .append(command)
        .append("`, started ")
        .append(startedAt)
        .append(" (load average before: ")
        .append(loadBefore)
        .append("; machine: ")
        .append(Machine.describe())
        .append(").\n\n");
    out.append(
        "64 threads for 60 s through a generated client, `responseTimeout` 1 s,"
            + " `maxResponseBytes` 1 MiB, one attempt per call, against a server on 127.0.0.1"
            + " where 1 call in 100 asks for a hostile answer: a 1,000-byte body dripped a byte"
            + " every 100 ms, a gzip body of 256 KB inflating to 256 MiB, a reset connection, or"
            + " garbage instead of HTTP.\n\n");
    out.append(
        ReportFile.row(
            "good calls",
            "good failed",
            "slowest good",
            "hostile calls",
            "ended typed",
            "escaped untyped",
            "slowest hostile (bound)",
            "most heap live after GC (bound)",
            "verdict"));
    out.append(
        ReportFile.row("---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---"));
    out.append(
        ReportFile.row(
            good.sum(),
            goodFailed.sum(),
            slowestGoodMillis.get() + " ms",
            bad.sum() + badSucceeded.sum(),
            badTyped.sum(),
            badUntyped.sum(),
            slowestBadMillis.get() + " ms (" + (DEADLINE.toMillis() + 2_000) + " ms)",
            String.format(Locale.ROOT, "%.0f MiB (128 MiB)", maxHeap.get() / 1048576.0),
            pass ? "PASS" : "**FAIL**"));
    if (!surprises.isEmpty()) {
      out.append("\nSeen: ").append(String.join("; ", surprises)).append('\n');
    }
    return out.toString();
  }

  /**
   * A keep-alive HTTP/1.1 server on raw sockets: good answers keep the connection, hostile ones end
   * it as a broken peer would.
   */
  private static final class HostileServer implements AutoCloseable {
    private static final byte[] GOOD = "{\"answer\":\"fine\"}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOKEN =
        "{\"access_token\":\"load-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(daemon());
    private final byte[] bomb;

    HostileServer() throws IOException {
      socket = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
      bomb = gzipOfZeros(256L * 1024 * 1024);
      threads.execute(this::accept);
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
      return task -> {
        Thread thread = new Thread(task, "hostile-server");
        thread.setDaemon(true);
        return thread;
      };
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket connection = socket.accept();
          threads.execute(() -> serve(connection));
        } catch (IOException e) {
          return;
        }
      }
    }

    private void serve(Socket connection) {
      try (connection) {
        connection.setTcpNoDelay(true);
        InputStream in = connection.getInputStream();
        OutputStream out = connection.getOutputStream();
        while (true) {
          String head = readHead(in);
          if (head == null) {
            return;
          }
          skipBody(in, head);
          String target =
              head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
          String kind = target.substring(target.lastIndexOf('/') + 1);
          switch (kind) {
            case "token" -> answer(out, TOKEN, "");
            case "drip" -> {
              out.write(status("Content-Length: 1000"));
              for (int i = 0; i < 1000; i++) {
                out.write(' ');
                out.flush();
                Thread.sleep(100);
              }
              return;
            }
            case "bomb" -> {
              out.write(status("Content-Encoding: gzip\r\nContent-Length: " + bomb.length));
              out.write(bomb);
              out.flush();
              return;
            }
            case "reset" -> {
              connection.setSoLinger(true, 0);
              return;
            }
            case "garbage" -> {
              out.write(
                  "\u0000\u0001NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
              out.flush();
              return;
            }
            default -> answer(out, GOOD, "");
          }
        }
      } catch (IOException e) {
        // the client gave up on a hostile answer, or closed a pooled connection
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static void answer(OutputStream out, byte[] body, String extra) throws IOException {
      out.write(status("Content-Length: " + body.length + extra));
      out.write(body);
      out.flush();
    }

    private static byte[] status(String headers) {
      return ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + headers + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII);
    }

    /** The request line and headers, or null at the end of the connection. */
    private static String readHead(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream(256);
      int matched = 0;
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          return null;
        }
        head.write(b);
        matched = b == '\r' || b == '\n' ? matched + 1 : 0;
      }
      return head.toString(StandardCharsets.US_ASCII);
    }

    private static void skipBody(InputStream in, String head) throws IOException {
      for (String line : head.lines().toList()) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          long length = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
          in.skipNBytes(length);
        }
      }
    }

    private static byte[] gzipOfZeros(long size) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
        byte[] zeros = new byte[64 * 1024];
        for (long written = 0; written < size; written += zeros.length) {
          gzip.write(zeros);
        }
      }
      return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
      socket.close();
      threads.shutdownNow();
    }
  }
}
