package io.github.bisnodeclient.runtime.internal;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Aborts the blocking exchanges of interrupted threads. HttpClient's classic connections read from
 * a {@code java.net.Socket}, which ignores {@link Thread#interrupt()}: a caller blocked on a server
 * that sends nothing would wait for its deadline. HttpClient 5.5 and 5.6 offer no public way to
 * give their pool interruptible sockets (NIO channels): the hook that creates sockets and the pool
 * constructors that take one are internal to HttpClient.
 *
 * <p>So, only while blocking exchanges are in flight, the client's {@link Scheduler} thread looks
 * every {@value #PERIOD_MILLIS} ms for one whose thread is interrupted and aborts it as a deadline
 * does: its connection is closed, never returned to the pool, and the blocked read fails at once,
 * which the caller reports as an interrupt. A call costs one add and one remove in a concurrent
 * set: no thread of its own and no scheduled task per call; the look stops scheduling itself when
 * it finds nothing in flight, and ends with the scheduler when the client closes.
 */
public final class Interrupts {
  /** How often interrupted threads are looked for: an interrupt ends a read within this. */
  static final long PERIOD_MILLIS = 50;

  private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS);

  private final Scheduler scheduler;
  private final Set<Watch> watched = ConcurrentHashMap.newKeySet();

  /** Whether a look is scheduled; set by whoever schedules it. */
  private final AtomicBoolean looking = new AtomicBoolean();

  /** Looks done so far; for tests. */
  private final AtomicLong looks = new AtomicLong();

  /**
   * Watches exchanges on the threads of {@code scheduler}.
   *
   * @param scheduler the client's scheduler, which runs the looks
   */
  public Interrupts(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Watches an exchange of the calling thread until {@link Watch#end()}.
   *
   * @param abort ends the exchange, so that a read blocked on it fails
   * @return the watch
   */
  public Watch watch(Runnable abort) {
    Watch watch = new Watch(Thread.currentThread(), abort);
    watched.add(watch);
    if (!looking.get() && looking.compareAndSet(false, true)) {
      var unused = scheduler.schedule(this::look, PERIOD_NANOS); // never cancelled: it ends itself
    }
    return watch;
  }

  private void look() {
    for (Iterator<Watch> each = watched.iterator(); each.hasNext(); ) {
      Watch watch = each.next();
      Thread thread = watch.thread;
      if (thread != null && thread.isInterrupted()) {
        each.remove();
        watch.aborted = true;
        watch.abort.run(); // after the exchange ended, if it did meanwhile: then it does nothing
      }
    }
    looks.incrementAndGet();
    // A watch added after the loop either sees `looking` false and schedules, or is seen here.
    looking.set(false);
    if (!watched.isEmpty() && looking.compareAndSet(false, true)) {
      var unused = scheduler.schedule(this::look, PERIOD_NANOS);
    }
  }

  /** How many exchanges are watched; for tests. */
  int watched() {
    return watched.size();
  }

  /** Whether a look is scheduled; for tests. */
  boolean looking() {
    return looking.get();
  }

  /** How many looks have been done; for tests. */
  long looks() {
    return looks.get();
  }

  /** One exchange, watched while a thread may block on it. */
  public final class Watch {
    /** The thread that may block on the exchange now, or null while none reads it. */
    private volatile @Nullable Thread thread;

    private final Runnable abort;
    private volatile boolean aborted;

    /** Spreads watches in the set without an identity hash, which costs each new object a CAS. */
    private final int hash = ThreadLocalRandom.current().nextInt();

    Watch(Thread thread, Runnable abort) {
      this.thread = thread;
      this.abort = abort;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    /** The calling thread is about to read the exchange: an interrupt of it aborts the exchange. */
    void reading() {
      thread = Thread.currentThread();
    }

    /** No thread reads the exchange until the next {@link #reading()}. */
    void idle() {
      thread = null;
    }

    /**
     * Whether the exchange was aborted because its thread was interrupted.
     *
     * @return true once aborted
     */
    public boolean aborted() {
      return aborted;
    }

    /** The exchange is over: no more watching. */
    public void end() {
      watched.remove(this);
    }
  }
}
