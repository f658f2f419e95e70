package io.github.bisnodeclient.runtime;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: the n-th retry waits a uniformly random time between zero
 * and {@code min(cap, base * 2^(n-1))}, so that many clients recovering together do not return in
 * step.
 */
final class Backoff {
  private final long baseNanos;
  private final long capNanos;
  private final DoubleSupplier random;

  Backoff(Duration base, Duration cap, DoubleSupplier random) {
    this.baseNanos = base.toNanos();
    this.capNanos = cap.toNanos();
    this.random = random;
  }

  long capNanos() {
    return capNanos;
  }

  /** The wait before retry {@code attempt} (1 for the first retry), at most {@code limit}. */
  long delayNanos(int attempt, long limitNanos) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 40);
    long ceiling = baseNanos << Math.min(doublings, Long.numberOfLeadingZeros(baseNanos) - 1);
    if (ceiling < 0 || ceiling > capNanos) {
      ceiling = capNanos;
    }
    ceiling = Math.min(ceiling, Math.max(limitNanos, 0));
    return (long) (random.getAsDouble() * ceiling);
  }
}
