package io.github.bisnodeclient.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's notion of now: a base clock plus an offset that tests move forward, so that a token
 * expires without anyone sleeping.
 */
final class SandboxClock {
  private final Clock base;
  private final AtomicLong offsetNanos = new AtomicLong();

  SandboxClock(Clock base) {
    this.base = base;
  }

  Instant now() {
    return base.instant().plusNanos(offsetNanos.get());
  }

  void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the clock only moves forward: " + duration);
    }
    offsetNanos.addAndGet(duration.toNanos());
  }
}
