package io.github.bisnodeclient.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final long MS = 1_000_000L;

  @Test
  void doublesTheCeilingUpToTheCapWithFullJitter() {
    Backoff halfway = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30), () -> 0.5);
    assertEquals(100 * MS, halfway.delayNanos(1, Long.MAX_VALUE));
    assertEquals(200 * MS, halfway.delayNanos(2, Long.MAX_VALUE));
    assertEquals(400 * MS, halfway.delayNanos(3, Long.MAX_VALUE));
    assertEquals(12_800 * MS, halfway.delayNanos(8, Long.MAX_VALUE));
    assertEquals(15_000 * MS, halfway.delayNanos(9, Long.MAX_VALUE));
    assertEquals(15_000 * MS, halfway.delayNanos(1000, Long.MAX_VALUE));
    assertEquals(500 * MS, halfway.delayNanos(9, 1000 * MS));
  }

  @Test
  void aGrowingDelayDoublesFromItsFirstWaitUpToTheCapJitteredInItsUpperHalf() {
    Backoff top = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30), () -> 1.0);
    Backoff bottom = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30), () -> 0.0);
    long second = 1000 * MS;
    assertEquals(1000 * MS, top.growingDelayNanos(1, second));
    assertEquals(500 * MS, bottom.growingDelayNanos(1, second));
    assertEquals(2000 * MS, top.growingDelayNanos(2, second));
    assertEquals(16_000 * MS, top.growingDelayNanos(5, second));
    assertEquals(30_000 * MS, top.growingDelayNanos(6, second));
    assertEquals(15_000 * MS, bottom.growingDelayNanos(1000, second));
  }

  @Test
  void aSeededScheduleIsRepeatableAndStaysUnderEachCeiling() {
    Random first = new Random(42);
    Random second = new Random(42);
    Backoff a = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30), first::nextDouble);
    Backoff b = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30), second::nextDouble);
    for (int attempt = 1; attempt <= 12; attempt++) {
      long delay = a.delayNanos(attempt, Long.MAX_VALUE);
      assertEquals(delay, b.delayNanos(attempt, Long.MAX_VALUE));
      long ceiling = Math.min(30_000 * MS, (200 * MS) << (attempt - 1));
      assertTrue(delay >= 0 && delay < ceiling, "attempt " + attempt + ": " + delay);
    }
  }

  @Test
  void readsRetryAfterAsSecondsOrHttpDate() {
    Instant now = Instant.parse("2026-11-29T12:00:00Z");
    assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse("7", now));
    assertEquals(
        Optional.of(Duration.ofSeconds(90)),
        RetryAfter.parse("Sun, 29 Nov 2026 12:01:30 GMT", now));
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Sun, 29 Nov 2026 11:00:00 GMT", now));
    assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
    assertEquals(Optional.empty(), RetryAfter.parse(null, now));
  }
}
