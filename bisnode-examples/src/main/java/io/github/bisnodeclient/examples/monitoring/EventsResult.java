package io.github.bisnodeclient.examples.monitoring;

import java.util.List;
import java.util.Map;

/**
 * An events search's answer: {@code {page, filters}}.
 *
 * @param page the page of events
 * @param filters counts by filter, such as {@code eventCategory}
 */
public record EventsResult(EventPage page, Map<String, List<FilterCount>> filters) {
  /**
   * Normalizes missing parts to empty ones.
   *
   * @param page the page
   * @param filters the counts
   */
  public EventsResult {
    page = page == null ? new EventPage(List.of(), 0, 0, 0L) : page;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }
}
