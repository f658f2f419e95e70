package io.github.bisnodeclient.runtime;

/** A monotonic time source in nanoseconds; tests replace it to move time by hand. */
@FunctionalInterface
interface Ticker {
  Ticker SYSTEM = System::nanoTime;

  long nanos();
}
