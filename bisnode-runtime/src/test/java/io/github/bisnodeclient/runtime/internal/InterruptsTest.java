package io.github.bisnodeclient.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watch over blocking exchanges: it aborts those of interrupted threads, and only those. */
class InterruptsTest {
  private final Scheduler scheduler = new Scheduler();
  private final Interrupts interrupts = new Interrupts(scheduler);

  @AfterEach
  void stop() {
    scheduler.close();
  }

  /** A thread that watches an exchange, then spins (ignoring interrupts, as a socket read does). */
  private static final class Busy implements AutoCloseable {
    final Thread thread;
    final AtomicReference<Interrupts.Watch> watch = new AtomicReference<>();
    private volatile boolean stop;

    Busy(Interrupts interrupts, Runnable abort) throws InterruptedException {
      CountDownLatch watching = new CountDownLatch(1);
      thread =
          new Thread(
              () -> {
                watch.set(interrupts.watch(abort));
                watching.countDown();
                while (!stop) {
                  Thread.onSpinWait();
                }
              });
      thread.setDaemon(true);
      thread.start();
      assertTrue(watching.await(10, TimeUnit.SECONDS));
    }

    @Override
    public void close() {
      stop = true;
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void abortsTheExchangeOfAnInterruptedThreadOnce() throws Exception {
    CountDownLatch aborted = new CountDownLatch(1);
    AtomicInteger aborts = new AtomicInteger();
    try (Busy busy =
        new Busy(
            interrupts,
            () -> {
              aborts.incrementAndGet();
              aborted.countDown();
            })) {
      busy.thread.interrupt();
      assertTrue(aborted.await(5, TimeUnit.SECONDS), "the exchange was not aborted");
      assertTrue(busy.watch.get().aborted());
      assertEquals(0, interrupts.watched());
      eventually(() -> !interrupts.looking());
      assertEquals(1, aborts.get());
    }
  }

  @Test
  void leavesOtherThreadsExchangesAloneAndStopsLookingWhenNoneIsLeft() throws Exception {
    CountDownLatch aborted = new CountDownLatch(1);
    AtomicInteger quietAborts = new AtomicInteger();
    try (Busy quiet = new Busy(interrupts, quietAborts::incrementAndGet);
        Busy interrupted = new Busy(interrupts, aborted::countDown)) {
      assertTrue(interrupts.looking());
      interrupted.thread.interrupt();
      assertTrue(aborted.await(5, TimeUnit.SECONDS), "the exchange was not aborted");
      // The look that aborted one passed the other; once it ends, nothing looks any more.
      assertEquals(1, interrupts.watched());
      quiet.watch.get().end();
      assertEquals(0, interrupts.watched());
      eventually(() -> !interrupts.looking());
      assertEquals(0, quietAborts.get());
      assertFalse(quiet.watch.get().aborted());
    }
  }

  @Test
  void anIdleWatchIsAbortedOnlyOnceAnInterruptedThreadReadsIt() throws Exception {
    CountDownLatch aborted = new CountDownLatch(1);
    try (Busy caller = new Busy(interrupts, aborted::countDown)) {
      Interrupts.Watch watch = caller.watch.get();
      watch.idle(); // a streamed body, handed over: no thread reads it now
      caller.thread.interrupt();
      long seen = interrupts.looks();
      eventually(() -> interrupts.looks() >= seen + 2); // a whole look passed the interrupt
      assertFalse(watch.aborted(), "an idle watch was aborted");

      CountDownLatch reading = new CountDownLatch(1);
      AtomicBoolean stop = new AtomicBoolean();
      Thread reader =
          new Thread(
              () -> {
                watch.reading();
                Thread.currentThread().interrupt();
                reading.countDown();
                while (!stop.get()) {
                  Thread.onSpinWait();
                }
              });
      reader.setDaemon(true);
      reader.start();
      try {
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        assertTrue(aborted.await(5, TimeUnit.SECONDS), "the exchange was not aborted");
        assertTrue(watch.aborted());
      } finally {
        stop.set(true);
        reader.join(10_000);
      }
    }
  }

  private static void eventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
      Thread.sleep(1);
    }
  }
}
