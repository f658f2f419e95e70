package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.runtime.AccessToken;
import io.github.bisnodeclient.runtime.TokenCache;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

/** Makes the same call N times and counts the distinct tokens that served them. */
final class Repeat<T> {
  private final int calls;
  private final int tokens;
  private final long nanos;
  private final T last;

  private Repeat(int calls, int tokens, long nanos, T last) {
    this.calls = calls;
    this.tokens = tokens;
    this.nanos = nanos;
    this.last = last;
  }

  static <T> Repeat<T> run(int times, TokenCache cache, Supplier<T> call) {
    Set<AccessToken> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    long start = System.nanoTime();
    T result = null;
    for (int i = 0; i < times; i++) {
      result = call.get();
      seen.add(cache.token());
    }
    return new Repeat<>(times, seen.size(), System.nanoTime() - start, result);
  }

  T last() {
    return last;
  }

  /** Prints how many tokens served the calls, when there was more than one call. */
  void report(PrintWriter out) {
    if (calls > 1) {
      out.printf(
          "%d calls in %d ms, served by %d token%s%n",
          calls, nanos / 1_000_000, tokens, tokens == 1 ? "" : "s");
    }
  }
}
