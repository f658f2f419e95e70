package io.github.bisnodeclient.examples.company;

/**
 * Where a page sits in all the hits, Bisnode's common paging model: {@code {resultCount, limit,
 * offset}}.
 *
 * @param resultCount the number of all hits, on every page
 * @param limit the most hits a page holds, as used
 * @param offset how many hits come before this page, as used
 */
public record Paging(int resultCount, int limit, int offset) {

  /**
   * How many hits this page holds.
   *
   * @return at most {@code limit}; 0 past the end
   */
  public int pageSize() {
    return Math.max(0, Math.min(limit, resultCount - offset));
  }

  /**
   * Whether hits follow this page.
   *
   * @return true if {@code offset + limit < resultCount}
   */
  public boolean hasNext() {
    return limit > 0 && offset + limit < resultCount;
  }

  /**
   * The offset of the next page.
   *
   * @return {@code offset + limit}
   */
  public int nextOffset() {
    return offset + limit;
  }
}
