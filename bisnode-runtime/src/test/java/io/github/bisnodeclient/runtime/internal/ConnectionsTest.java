package io.github.bisnodeclient.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The asynchronous HttpClient, and its I/O thread, exist only once a call needs them: a client that
 * only blocks never starts them, concurrent first calls share one, and closing stops it.
 */
@Timeout(60)
class ConnectionsTest {
  private static Connections connections() {
    return new Connections(Duration.ofSeconds(5), Duration.ofSeconds(5), 4, null, 1024);
  }

  /** HttpClient's asynchronous I/O threads alive now: its reactor's and its dispatcher's. */
  private static Set<Thread> dispatchers() {
    Set<Thread> threads = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && thread.getName().startsWith("httpclient-")) {
        threads.add(thread);
      }
    }
    return threads;
  }

  /** The I/O threads started since {@code before}, once the reactor has started its dispatcher. */
  private static Set<Thread> startedSince(Set<Thread> before) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      Set<Thread> started = dispatchers();
      started.removeAll(before);
      if (started.size() >= 2 || System.nanoTime() - deadline > 0) {
        return started;
      }
      Thread.sleep(5);
    }
  }

  @Test
  void startsNoAsynchronousClientUntilOneIsAskedFor() throws Exception {
    Set<Thread> before = dispatchers();
    try (Connections connections = connections()) {
      assertTrue(connections.classic() != null);
      Set<Thread> started = dispatchers();
      started.removeAll(before);
      assertEquals(Set.of(), started, "threads started without an asynchronous call");

      CloseableHttpAsyncClient async = connections.async();

      Set<Thread> now = startedSince(before);
      assertEquals(2, now.size(), "I/O threads: " + now);
      assertTrue(async == connections.async(), "a second client");
    }
  }

  @Test
  void concurrentFirstCallsShareOneAsynchronousClient() throws Exception {
    Set<Thread> before = dispatchers();
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try (Connections connections = connections()) {
      CountDownLatch go = new CountDownLatch(1);
      List<Callable<CloseableHttpAsyncClient>> firsts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        firsts.add(
            () -> {
              go.await(10, TimeUnit.SECONDS);
              return connections.async();
            });
      }
      List<Future<CloseableHttpAsyncClient>> clients = new ArrayList<>();
      for (Callable<CloseableHttpAsyncClient> first : firsts) {
        clients.add(callers.submit(first));
      }
      go.countDown();
      Set<CloseableHttpAsyncClient> distinct = new HashSet<>();
      for (Future<CloseableHttpAsyncClient> client : clients) {
        distinct.add(client.get(10, TimeUnit.SECONDS));
      }
      assertEquals(1, distinct.size());
      Set<Thread> started = startedSince(before);
      assertEquals(2, started.size(), "I/O threads: " + started);
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void closingStopsTheAsynchronousClientAndRefusesANewOne() throws Exception {
    Set<Thread> before = dispatchers();
    Connections connections = connections();
    connections.async();
    Set<Thread> started = startedSince(before);
    assertEquals(2, started.size(), "I/O threads: " + started);

    connections.close();

    for (Thread thread : started) {
      thread.join(TimeUnit.SECONDS.toMillis(10));
      assertFalse(thread.isAlive(), thread + " still runs");
    }
    assertThrows(IllegalStateException.class, connections::async);
  }

  @Test
  void closingBeforeAnyAsynchronousCallStartsNone() {
    Set<Thread> before = dispatchers();
    Connections connections = connections();

    connections.close();

    assertThrows(IllegalStateException.class, connections::async);
    Set<Thread> started = dispatchers();
    started.removeAll(before);
    assertEquals(Set.of(), started);
  }
}
