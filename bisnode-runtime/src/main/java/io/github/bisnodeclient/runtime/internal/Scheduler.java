package io.github.bisnodeclient.runtime.internal;

import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One daemon thread per client that fires call and token-request deadlines, asynchronous retries
 * and the {@link Interrupts} watch, started on first use and stopped when the client closes. A
 * deadline that is cancelled because its call finished is removed at once, so a busy client's queue
 * holds only calls in flight.
 */
public final class Scheduler implements AutoCloseable {
  private static final Future<?> NOTHING = new java.util.concurrent.CompletableFuture<>();

  @GuardedBy("this")
  private @Nullable ScheduledThreadPoolExecutor executor;

  @GuardedBy("this")
  private boolean closed;

  /** A scheduler whose thread starts with the first task. */
  public Scheduler() {}

  /**
   * Runs {@code task} after {@code delayNanos}; a cancelled no-op once the client is closed.
   *
   * @param task what to run, on the scheduler's thread
   * @param delayNanos how long from now
   * @return the task's future, to cancel it
   */
  public Future<?> schedule(Runnable task, long delayNanos) {
    ScheduledThreadPoolExecutor service = executor();
    if (service == null) {
      return NOTHING;
    }
    try {
      ScheduledFuture<?> future = service.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
      return future;
    } catch (RejectedExecutionException e) {
      return NOTHING;
    }
  }

  /**
   * A deadline: runs {@code abort} once, {@code delayNanos} from now, unless cancelled first, and
   * remembers that it did, so that the failure the abort causes can be told for a timeout.
   *
   * @param delayNanos how long from now
   * @param abort what ends the exchange, on the scheduler's thread
   * @return the deadline, to cancel it when the exchange ends
   */
  public Deadline deadline(long delayNanos, Runnable abort) {
    Deadline deadline = new Deadline();
    deadline.timer =
        schedule(
            () -> {
              deadline.fired = true;
              abort.run();
            },
            delayNanos);
    return deadline;
  }

  /**
   * A deadline for an asynchronous exchange, armed once the exchange's future exists: it cancels
   * that future {@code delayNanos} after arming, which the exchange then reports as cancelled, and
   * {@link ExchangeDeadline#fired()} tells that cancel for a timeout.
   *
   * @param delayNanos how long from arming
   * @return the deadline, not yet armed
   */
  public ExchangeDeadline exchangeDeadline(long delayNanos) {
    return new ExchangeDeadline(delayNanos);
  }

  /** See {@link #exchangeDeadline(long)}. */
  public final class ExchangeDeadline {
    private final long nanos;
    private volatile @Nullable Deadline timer;
    private volatile boolean cancelled;

    private ExchangeDeadline(long nanos) {
      this.nanos = nanos;
    }

    /**
     * Starts the deadline; an exchange that ended before this starts none.
     *
     * @param exchange what the deadline cancels
     * @param consumer the exchange's response consumer, which the deadline abandons too
     */
    public void arm(Future<?> exchange, BufferingConsumer consumer) {
      Deadline armed =
          deadline(
              nanos,
              () -> {
                consumer.abandon();
                exchange.cancel(true);
              });
      timer = armed;
      if (cancelled) {
        armed.cancel(); // the exchange ended while it was being armed
      }
    }

    /**
     * Whether the deadline came and cancelled the exchange.
     *
     * @return true once it fired
     */
    public boolean fired() {
      Deadline current = timer;
      return current != null && current.fired();
    }

    /** Drops the deadline: the exchange ended. */
    public void cancel() {
      cancelled = true;
      Deadline current = timer;
      if (current != null) {
        current.cancel();
      }
    }
  }

  /** See {@link #deadline(long, Runnable)}. */
  public static final class Deadline {
    private volatile Future<?> timer = NOTHING;
    private volatile boolean fired;

    private Deadline() {}

    /**
     * Whether the deadline came and ran its abort.
     *
     * @return true once it fired
     */
    public boolean fired() {
      return fired;
    }

    /** Drops the deadline; an abort already running still finishes. */
    public void cancel() {
      timer.cancel(false);
    }
  }

  private synchronized @Nullable ScheduledThreadPoolExecutor executor() {
    if (closed) {
      return null;
    }
    if (executor == null) {
      ScheduledThreadPoolExecutor created =
          new ScheduledThreadPoolExecutor(
              1,
              task -> {
                Thread thread = new Thread(task, "bisnode-deadlines");
                thread.setDaemon(true);
                return thread;
              });
      created.setRemoveOnCancelPolicy(true);
      executor = created;
    }
    return executor;
  }

  /** Stops the thread; tasks scheduled afterwards never run. */
  @Override
  public synchronized void close() {
    closed = true;
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
