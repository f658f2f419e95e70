package io.github.bisnodeclient.runtime.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: the n-th retry waits a uniformly random time between zero
 * and {@code min(cap, base * 2^(n-1))}, so that many clients recovering together do not return in
 * step.
 */
public final class Backoff {
  private final long baseNanos;
  private final long capNanos;
  private final DoubleSupplier random;

  /**
   * A backoff.
   *
   * @param base the first retry's longest wait
   * @param cap the longest wait of any retry
   * @param random the source of jitter, from 0 to 1
   */
  public Backoff(Duration base, Duration cap, DoubleSupplier random) {
    this.baseNanos = base.toNanos();
    this.capNanos = cap.toNanos();
    this.random = random;
  }

  /**
   * The longest wait of any retry.
   *
   * @return the cap in nanoseconds
   */
  public long capNanos() {
    return capNanos;
  }

  /**
   * The wait before retry {@code attempt}, at most {@code limitNanos}.
   *
   * @param attempt 1 for the first retry
   * @param limitNanos the longest wait allowed
   * @return the wait in nanoseconds
   */
  public long delayNanos(int attempt, long limitNanos) {
    long ceiling = Math.min(ceiling(attempt, baseNanos), Math.max(limitNanos, 0));
    return (long) (random.getAsDouble() * ceiling);
  }

  /**
   * A wait that grows from {@code firstNanos} for retry 1, doubling up to the cap, jittered only
   * within its upper half: for requests that must not come back soon, however the dice fall.
   *
   * @param attempt 1 for the first retry
   * @param firstNanos the first retry's longest wait
   * @return the wait in nanoseconds
   */
  public long growingDelayNanos(int attempt, long firstNanos) {
    long ceiling = ceiling(attempt, Math.min(firstNanos, capNanos));
    return (long) (ceiling * (0.5 + 0.5 * random.getAsDouble()));
  }

  /** {@code min(cap, base * 2^(attempt-1))}, without overflow. */
  private long ceiling(int attempt, long base) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 40);
    long ceiling = base << Math.min(doublings, Long.numberOfLeadingZeros(base) - 1);
    return ceiling < 0 || ceiling > capNanos ? capNanos : ceiling;
  }
}
