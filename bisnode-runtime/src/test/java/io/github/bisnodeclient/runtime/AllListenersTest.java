package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link BisnodeListener#all(List)}: every listener told every event, in order. */
class AllListenersTest {
  private static BisnodeListener recording(String name, List<String> seen) {
    return new BisnodeListener() {
      @Override
      public void onTokenFetch(TokenEvent event) {
        seen.add(name + " " + event.scope());
      }
    };
  }

  @Test
  void tellsEachListenerInOrder() {
    List<String> seen = new ArrayList<>();
    BisnodeListener all = BisnodeListener.all(List.of(recording("a", seen), recording("b", seen)));
    all.onTokenFetch(
        new BisnodeListener.TokenEvent(
            "bci", 200, Duration.ofHours(1), Duration.ZERO, false, null));
    assertEquals(List.of("a bci", "b bci"), seen);
  }

  @Test
  void oneListenerIsItselfAndNoneIsRefused() {
    BisnodeListener only = recording("a", new ArrayList<>());
    assertSame(only, BisnodeListener.all(List.of(only)));
    assertThrows(IllegalArgumentException.class, () -> BisnodeListener.all(List.of()));
  }
}
