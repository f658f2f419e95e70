package io.github.bisnodeclient.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Turns a paged Bisnode API into a lazily fetched {@link Stream} of its items: the next page is
 * requested only when the stream reaches it, so {@code limit(10)} on a search of thousands asks for
 * one page.
 *
 * <pre>{@code
 * Stream<Company> all =
 *     Pages.byOffset(
 *         50,
 *         offset -> companies.search(request.page(offset, 50)),
 *         CompanySearchResult::companies,
 *         page -> page.paging().resultCount());
 * Stream<PortfolioCompany> watched =
 *     Pages.byPage(20, page -> monitoring.companies(page, 20), PortfolioPage::companies);
 * }</pre>
 *
 * <p>A page's call runs on the thread that pulls the stream and throws as the call would.
 */
public final class Pages {
  private Pages() {}

  /**
   * Offset and limit paging that states the total, as Bisnode's {@code _paging.resultCount} does:
   * offsets 0, {@code limit}, 2 × {@code limit}… until the total is reached or a page comes back
   * empty.
   *
   * @param limit the page size asked for, at least 1
   * @param fetch calls the API for the page at an offset
   * @param items the items of a page (an absent list counts as empty)
   * @param total the total number of items the page states
   * @param <P> the page type
   * @param <T> the item type
   * @return the items of every page, in order, fetched as the stream is consumed
   */
  public static <P, T> Stream<T> byOffset(
      int limit,
      LongFunction<P> fetch,
      Function<P, @Nullable List<T>> items,
      ToLongFunction<P> total) {
    positive(limit);
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(total, "total");
    return stream(
        new PageIterator<T>() {
          private long offset;

          @Override
          @Nullable List<T> fetchNext() {
            P page = fetch.apply(offset);
            List<T> got = items.apply(page);
            offset += limit;
            last = got == null || got.isEmpty() || offset >= total.applyAsLong(page);
            return got;
          }
        });
  }

  /**
   * Page-number paging, as {@code page}/{@code size} and {@code number}/{@code size}: pages 0, 1,
   * 2… until one comes back with fewer than {@code size} items.
   *
   * @param size the page size asked for, at least 1
   * @param fetch calls the API for a page number, the first being 0
   * @param items the items of a page (an absent list counts as empty)
   * @param <P> the page type
   * @param <T> the item type
   * @return the items of every page, in order, fetched as the stream is consumed
   */
  public static <P, T> Stream<T> byPage(
      int size, IntFunction<P> fetch, Function<P, @Nullable List<T>> items) {
    positive(size);
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(items, "items");
    return stream(
        new PageIterator<T>() {
          private int number;

          @Override
          @Nullable List<T> fetchNext() {
            List<T> got = items.apply(fetch.apply(number++));
            last = got == null || got.size() < size;
            return got;
          }
        });
  }

  private static void positive(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("the page size must be at least 1: " + size);
    }
  }

  private static <T> Stream<T> stream(PageIterator<T> pages) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Items of the pages fetched so far; the next page is asked for when these run out. */
  private abstract static class PageIterator<T> implements Iterator<T> {
    boolean last;
    private boolean started;
    private Iterator<T> current = List.<T>of().iterator();

    /** Fetches the next page; sets {@link #last} when no page follows it. */
    abstract @Nullable List<T> fetchNext();

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (started && last) {
          return false;
        }
        List<T> page = fetchNext();
        started = true;
        current = page == null ? List.<T>of().iterator() : page.iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
