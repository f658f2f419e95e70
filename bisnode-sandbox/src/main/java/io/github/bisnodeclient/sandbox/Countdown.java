package io.github.bisnodeclient.sandbox;

import org.jspecify.annotations.Nullable;

/** "The next N requests get this": a count and what to hand out while it lasts. */
final class Countdown<T> {
  private int remaining;
  private @Nullable T value;

  synchronized void set(int count, T value) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be zero or more: " + count);
    }
    this.remaining = count;
    this.value = value;
  }

  /** The value if the count was not yet used up, counting this use; null otherwise. */
  synchronized @Nullable T take() {
    if (remaining <= 0) {
      return null;
    }
    remaining--;
    return value;
  }

  synchronized int remaining() {
    return remaining;
  }

  synchronized void clear() {
    remaining = 0;
    value = null;
  }
}
