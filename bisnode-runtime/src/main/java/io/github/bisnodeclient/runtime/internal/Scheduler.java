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
