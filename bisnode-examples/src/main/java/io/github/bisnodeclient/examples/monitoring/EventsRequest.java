package io.github.bisnodeclient.examples.monitoring;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A search for monitoring events; every field may be left out (null).
 *
 * @param startDate earliest event date
 * @param endDate latest event date
 * @param eventFilters which categories and codes
 * @param countries only companies of these countries
 * @param language such as {@code en}
 * @param page the page
 * @param sorting the order
 */
public record EventsRequest(
    LocalDateTime startDate,
    LocalDateTime endDate,
    List<EventFilter> eventFilters,
    List<String> countries,
    String language,
    PageRequest page,
    Sorting sorting) {
  /**
   * All events, a page at a time, newest first.
   *
   * @param number the page, from 0
   * @param size events per page
   * @return the request
   */
  public static EventsRequest page(int number, int size) {
    return new EventsRequest(
        null,
        null,
        null,
        null,
        null,
        new PageRequest(number, size),
        new Sorting("EVENT_DATE", "DESC"));
  }

  /**
   * This request for another page.
   *
   * @param number the page, from 0
   * @param size events per page
   * @return a copy with that page
   */
  public EventsRequest withPage(int number, int size) {
    return new EventsRequest(
        startDate,
        endDate,
        eventFilters,
        countries,
        language,
        new PageRequest(number, size),
        sorting);
  }
}
