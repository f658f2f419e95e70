package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Get;
import io.github.bisnodeclient.annotations.Query;
import io.github.bisnodeclient.runtime.LocalServer.Reply;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both of Bisnode's paging styles as lazy streams, page by page over real HTTP. */
class PagesTest {
  record Paging(long offset, long limit, long resultCount) {}

  record OffsetPage(List<String> items, Paging _paging) {}

  record NumberedPage(List<String> items) {}

  @BisnodeApi(baseUrl = "https://unused.invalid", scope = "bci")
  interface PagedApi {
    @Get("/offset")
    OffsetPage byOffset(@Query("offset") long offset, @Query("limit") int limit);

    @Get("/page")
    NumberedPage byPage(@Query("page") int number, @Query("size") int size);
  }

  /** Twelve items a server pages through. */
  private static final List<String> ITEMS =
      IntStream.range(0, 12).mapToObj(i -> "item-" + i).toList();

  private LocalServer server;
  private BisnodeClient client;
  private PagedApi api;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    server.on(
        "/api/offset",
        r -> {
          Map<String, String> query = query(r.rawUri());
          int offset = Integer.parseInt(query.get("offset"));
          int limit = Integer.parseInt(query.get("limit"));
          return Reply.json(
              200,
              "{\"items\":"
                  + json(slice(offset, limit))
                  + ",\"_paging\":{\"offset\":"
                  + offset
                  + ",\"limit\":"
                  + limit
                  + ",\"resultCount\":"
                  + ITEMS.size()
                  + "}}");
        });
    server.on(
        "/api/page",
        r -> {
          Map<String, String> query = query(r.rawUri());
          int size = Integer.parseInt(query.get("size"));
          int number = Integer.parseInt(query.get("page"));
          return Reply.json(200, "{\"items\":" + json(slice(number * size, size)) + "}");
        });
    client = server.client().build();
    api = client.create(PagedApi.class);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static List<String> slice(int from, int count) {
    return ITEMS.subList(Math.min(from, ITEMS.size()), Math.min(from + count, ITEMS.size()));
  }

  private static String json(List<String> items) {
    return items.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(",", "[", "]"));
  }

  private static Map<String, String> query(String rawUri) {
    return java.util.Arrays.stream(rawUri.substring(rawUri.indexOf('?') + 1).split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
  }

  private OffsetPage offsetPage(long offset, int limit) {
    return api.byOffset(offset, limit);
  }

  private NumberedPage numberedPage(int number, int size) {
    return api.byPage(number, size);
  }

  @Test
  void offsetPagingStreamsEveryItemAndStopsAtTheResultCount() {
    List<String> all =
        Pages.byOffset(
                5,
                offset -> offsetPage(offset, 5),
                OffsetPage::items,
                page -> page._paging().resultCount())
            .toList();
    assertEquals(ITEMS, all);
    // 12 items in pages of 5: offsets 0, 5 and 10, and no request past the count.
    assertEquals(3, server.received("/api/offset").size());
  }

  @Test
  void pageNumberPagingStopsAtTheFirstShortPage() {
    List<String> all =
        Pages.byPage(4, number -> numberedPage(number, 4), NumberedPage::items).toList();
    assertEquals(ITEMS, all);
    // 12 items in pages of 4: pages 0, 1, 2 are full, page 3 is empty and ends the stream.
    assertEquals(4, server.received("/api/page").size());

    List<String> byFive =
        Pages.byPage(5, number -> numberedPage(number, 5), NumberedPage::items).toList();
    assertEquals(ITEMS, byFive);
    assertEquals(4 + 3, server.received("/api/page").size(), "the short third page ends it");
  }

  @Test
  void aStreamFetchesOnlyThePagesItIsConsumedInto() {
    List<String> first =
        Pages.byOffset(
                5,
                offset -> offsetPage(offset, 5),
                OffsetPage::items,
                page -> page._paging().resultCount())
            .limit(6)
            .toList();
    assertEquals(ITEMS.subList(0, 6), first);
    assertEquals(2, server.received("/api/offset").size());
    Pages.byPage(4, number -> numberedPage(number, 4), NumberedPage::items).findFirst();
    assertEquals(1, server.received("/api/page").size());
  }

  @Test
  void aFailingPageThrowsAsItsCallWouldAndASizeBelowOneIsRefused() {
    server.on("/api/page", r -> Reply.json(503, "{\"message\":\"busy\"}"));
    BisnodeApiException e =
        assertThrows(
            BisnodeApiException.class,
            () -> Pages.byPage(4, number -> numberedPage(number, 4), NumberedPage::items).toList());
    assertEquals(503, e.status());
    assertThrows(
        IllegalArgumentException.class,
        () -> Pages.byPage(0, number -> numberedPage(number, 0), NumberedPage::items));
  }
}
