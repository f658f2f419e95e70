package io.github.bisnodeclient.runtime;

import com.google.errorprone.annotations.concurrent.GuardedBy;
import io.github.bisnodeclient.runtime.internal.Backoff;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * How a client's token caches renew: proactive or not, the backoff after failures, the random
 * source of jitter, the threads that run token requests and the one that schedules refreshes
 * (started on first use, stopped when the client closes).
 */
final class TokenPolicy implements AutoCloseable {
  private final boolean proactive;
  private final boolean scheduled;
  private final Backoff backoff;
  private final DoubleSupplier random;

  @GuardedBy("this")
  private @Nullable ScheduledExecutorService executor;

  /** Runs token requests, so that a hung one delays no other scope's, nor the schedule. */
  @GuardedBy("this")
  private @Nullable ExecutorService workers;

  @GuardedBy("this")
  private boolean closed;

  TokenPolicy(boolean proactive, boolean scheduled, Backoff backoff, DoubleSupplier random) {
    this.proactive = proactive;
    this.scheduled = scheduled;
    this.backoff = backoff;
    this.random = random;
  }

  boolean proactive() {
    return proactive;
  }

  Backoff backoff() {
    return backoff;
  }

  DoubleSupplier random() {
    return random;
  }

  /** Runs {@code task} on a token-request thread; false if the client is closed. */
  boolean execute(Runnable task) {
    ExecutorService service = workers();
    if (service == null) {
      return false;
    }
    try {
      service.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /** With scheduled refresh on, has {@code cache} look at its token after {@code delayNanos}. */
  void scheduleRefresh(TokenCache cache, long delayNanos) {
    if (!scheduled) {
      return;
    }
    ScheduledExecutorService service = executor();
    if (service == null) {
      return;
    }
    try {
      ScheduledFuture<?> unused =
          service.schedule(cache::refreshIfQuiet, Math.max(delayNanos, 0), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // Closed meanwhile: nothing left to keep fresh.
    }
  }

  private synchronized @Nullable ScheduledExecutorService executor() {
    if (closed) {
      return null;
    }
    if (executor == null) {
      ThreadFactory threads =
          task -> {
            Thread thread = new Thread(task, "bisnode-token-refresh");
            thread.setDaemon(true);
            return thread;
          };
      executor = Executors.newSingleThreadScheduledExecutor(threads);
    }
    return executor;
  }

  private synchronized @Nullable ExecutorService workers() {
    if (closed) {
      return null;
    }
    if (workers == null) {
      ThreadFactory threads =
          task -> {
            Thread thread = new Thread(task, "bisnode-token-request");
            thread.setDaemon(true);
            return thread;
          };
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
      workers = pool;
    }
    return workers;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (executor != null) {
      executor.shutdownNow();
    }
    if (workers != null) {
      workers.shutdownNow();
    }
  }
}
