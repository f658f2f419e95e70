package io.github.bisnodeclient.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** What the sandbox counts and records of its traffic, for tests to assert on. */
final class Traffic {
  private final int recordLimit;
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final AtomicInteger apiRequests = new AtomicInteger();
  private final AtomicInteger tokenRequestsInProgress = new AtomicInteger();
  private final AtomicInteger maxConcurrentTokenRequests = new AtomicInteger();
  private final Deque<RecordedRequest> recorded = new ArrayDeque<>();

  Traffic(int recordLimit) {
    this.recordLimit = recordLimit;
  }

  void record(RecordedRequest request) {
    if (recordLimit == 0) {
      return;
    }
    synchronized (recorded) {
      if (recorded.size() == recordLimit) {
        recorded.removeFirst();
      }
      recorded.addLast(request);
    }
  }

  List<RecordedRequest> recorded() {
    synchronized (recorded) {
      return List.copyOf(new ArrayList<>(recorded));
    }
  }

  /** A token request arrived; it is in progress until {@link #tokenRequestDone()}. */
  void tokenRequestStarted() {
    tokenRequests.incrementAndGet();
    int now = tokenRequestsInProgress.incrementAndGet();
    maxConcurrentTokenRequests.accumulateAndGet(now, Math::max);
  }

  void tokenRequestDone() {
    tokenRequestsInProgress.decrementAndGet();
  }

  void apiRequest() {
    apiRequests.incrementAndGet();
  }

  int tokenRequests() {
    return tokenRequests.get();
  }

  int apiRequests() {
    return apiRequests.get();
  }

  int maxConcurrentTokenRequests() {
    return maxConcurrentTokenRequests.get();
  }

  /** Zeroes the counters (the most concurrent becomes those in progress now) and the record. */
  void reset() {
    tokenRequests.set(0);
    apiRequests.set(0);
    maxConcurrentTokenRequests.set(tokenRequestsInProgress.get());
    synchronized (recorded) {
      recorded.clear();
    }
  }
}
