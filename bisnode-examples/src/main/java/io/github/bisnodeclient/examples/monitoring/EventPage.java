package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * One page of events, numbered from 0.
 *
 * @param content this page's events
 * @param totalPages pages in all
 * @param currentPage this page
 * @param totalEvents events in all
 */
public record EventPage(
    List<MonitoringEvent> content, Integer totalPages, Integer currentPage, Long totalEvents) {
  /**
   * Normalizes a missing list to an empty one.
   *
   * @param content the events
   * @param totalPages pages in all
   * @param currentPage this page
   * @param totalEvents events in all
   */
  public EventPage {
    content = content == null ? List.of() : List.copyOf(content);
  }
}
